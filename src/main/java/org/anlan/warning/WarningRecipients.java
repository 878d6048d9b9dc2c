package org.anlan.warning;

import java.util.Arrays;
import java.util.List;
import org.anlan.platform.RowInserts;
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

  /** Replaces the warning's list with {@code recipients}, in their order (multi-row statements: a district warning has thousands). */
  void freeze(long warningId, List<Recipient> recipients) {
    jdbc.sql("delete from warning_recipient where warning_id = :w").param("w", warningId).update();
    List<Integer> positions = java.util.stream.IntStream.range(0, recipients.size()).boxed().toList();
    RowInserts.insert(batch, "insert into warning_recipient (warning_id, position, person_id, name, mobile, reasons, area_code, zone_id, via)"
        + " values", "(?, ?, ?, ?, ?, ?, ?, ?, ?)", "", positions, i -> {
          Recipient r = recipients.get(i);
          return new Object[] {warningId, i, r.personId(), r.name(), r.mobile(), String.join("\n", r.reasons()), r.areaCode(),
              r.zoneId(), r.via().name()};
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
