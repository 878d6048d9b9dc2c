package org.anlan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The synthetic demo data of the risk module. */
@SpringBootTest
class DemoRiskTests {

  @Autowired JdbcClient jdbc;

  @Test
  void the_demo_has_forty_labelled_enterprises_with_valid_credit_codes_and_every_grade_of_major_hazard_source() {
    List<String> codes = jdbc.sql("select credit_code from risk_enterprise where name like '%（演示）'").query(String.class).list();
    assertThat(codes).hasSize(40).allMatch(CreditCode::isValid);
    assertThat(jdbc.sql("select distinct grade from risk_hazard_source where name like '%（演示）' order by grade")
        .query(Integer.class).list()).containsExactly(1, 2, 3, 4);
    assertThat(jdbc.sql("select count(*) from risk_bearing_body where name like '%（演示）'").query(Long.class).single())
        .isEqualTo(60);
    assertThat(jdbc.sql("""
        select e.colour from risk_enterprise e join risk_hazard_source s on s.enterprise_id = e.id
        where s.grade <= 2 and s.name like '%（演示）'""").query(String.class).list()).containsOnly("RED");
  }
}
