package org.anlan.duty;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface Shifts extends ListCrudRepository<Shift, Long> {

  /** The shifts of one roster that overlap from … to (end exclusive), earliest first. */
  @Query("""
      select * from duty_shift where area_code = :area and starts_at < :to and ends_at > :from
      order by starts_at, post, person_id, id""")
  List<Shift> overlapping(@Param("area") String area, @Param("from") Instant from, @Param("to") Instant to);

  /** The shifts of one roster that cover the instant: started at or before it, ending after it. */
  @Query("select * from duty_shift where area_code = :area and starts_at <= :at and ends_at > :at")
  List<Shift> at(@Param("area") String area, @Param("at") Instant at);

  /** The person's shifts (any roster) that overlap from … to (end exclusive), except shift {@code except}. */
  @Query("""
      select * from duty_shift where person_id = :person and starts_at < :to and ends_at > :from and id <> :except
      order by starts_at""")
  List<Shift> ofPersonOverlapping(@Param("person") long person, @Param("from") Instant from, @Param("to") Instant to,
      @Param("except") long except);

  /** The shifts of one roster starting from … before to: a month of the roster, as its workbook holds it. */
  @Query("select * from duty_shift where area_code = :area and starts_at >= :from and starts_at < :to order by starts_at, post, id")
  List<Shift> starting(@Param("area") String area, @Param("from") Instant from, @Param("to") Instant to);
}
