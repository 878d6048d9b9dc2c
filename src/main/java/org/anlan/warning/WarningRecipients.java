package org.anlan.warning;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The frozen recipient lists ({@code warning_recipient}). */
@Component
class WarningRecipients {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  WarningRecipients(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Replaces the warning's list with {@code recipients}, in their order (one batch: a district warning has thousands). */
  void freeze(long warningId, List<Recipient> recipients) {
    jdbc.sql("delete from warning_recipient where warning_id = :w").param("w", warningId).update();
    List<Integer> positions = java.util.stream.IntStream.range(0, recipients.size()).boxed().toList();
    batch.batchUpdate("""
        insert into warning_recipient (warning_id, position, person_id, name, mobile, reasons, area_code, zone_id, via)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", positions, 1000, (ps, i) -> {
          Recipient r = recipients.get(i);
          ps.setLong(1, warningId);
          ps.setInt(2, i);
          ps.setLong(3, r.personId());
          ps.setString(4, r.name());
          ps.setString(5, r.mobile());
          ps.setString(6, String.join("\n", r.reasons()));
          ps.setString(7, r.areaCode());
          ps.setObject(8, r.zoneId());
          ps.setString(9, r.via().name());
        });
  }

  /** The frozen list, empty when the warning has never been issued. */
  List<Recipient> of(long warningId) {
    return jdbc.sql("""
        select person_id, name, mobile, reasons, area_code, zone_id, via from warning_recipient
        where warning_id = :w order by position""").param("w", warningId)
        .query((rs, n) -> new Recipient(rs.getLong("person_id"), rs.getString("name"), rs.getString("mobile"),
            Arrays.asList(rs.getString("reasons").split("\n")), rs.getString("area_code"),
            rs.getObject("zone_id", Long.class), Recipient.Via.valueOf(rs.getString("via"))))
        .list();
  }
}
