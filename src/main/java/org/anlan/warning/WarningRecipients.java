package org.anlan.warning;

import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The frozen recipient lists ({@code warning_recipient}). */
@Component
class WarningRecipients {

  private final JdbcClient jdbc;

  WarningRecipients(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the warning's list with {@code recipients}, in their order. */
  void freeze(long warningId, List<Recipient> recipients) {
    jdbc.sql("delete from warning_recipient where warning_id = :w").param("w", warningId).update();
    int position = 0;
    for (Recipient r : recipients) {
      jdbc.sql("""
          insert into warning_recipient (warning_id, position, person_id, name, mobile, reasons, area_code, zone_id, via)
          values (:w, :pos, :person, :name, :mobile, :reasons, :area, :zone, :via)""")
          .param("w", warningId).param("pos", position++).param("person", r.personId()).param("name", r.name())
          .param("mobile", r.mobile()).param("reasons", String.join("\n", r.reasons())).param("area", r.areaCode())
          .param("zone", r.zoneId()).param("via", r.via().name()).update();
    }
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
