package org.anlan.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The readings partitions made ahead, on the real PostgreSQL of {@code ANLAN_TEST_PG_URL} (a scratch schema with the
 * readings table as the migration makes it, no application context): the missing months from today to 13 months ahead
 * are made, the existing ones left, a second run makes nothing, a reading lands in its month, and a month the default
 * partition already holds rows of is reported, not fatal.
 */
class ReadingPartitionsIT {

  static final String URL = System.getenv("ANLAN_TEST_PG_URL");
  static final String SCHEMA = "anlan_partitions_it";
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Test
  void monthsAheadArePartitionedOnceAndAReadingLandsInItsMonth() {
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "ANLAN_TEST_PG_URL not set: PostgreSQL suite skipped");
    JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(URL, System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres"),
        System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", "")));
    admin.sql("drop schema if exists " + SCHEMA + " cascade").update();
    admin.sql("create schema " + SCHEMA).update();
    DriverManagerDataSource ds = new DriverManagerDataSource(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
        System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres"), System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""));
    JdbcClient jdbc = JdbcClient.create(ds);
    jdbc.sql("""
        create table monitoring_reading (sensor_id bigint not null, observed_at timestamp with time zone not null,
          observed_value double precision not null, received_at timestamp with time zone not null,
          constraint monitoring_reading_pk primary key (sensor_id, observed_at)) partition by range (observed_at)""").update();
    jdbc.sql("create table monitoring_reading_default partition of monitoring_reading default").update();
    jdbc.sql("create table monitoring_reading_203506 partition of monitoring_reading for values from ('2035-06-01') to ('2035-07-01')")
        .update();
    try {
      Clock june = Clock.fixed(Instant.parse("2035-06-15T02:00:00Z"), BEIJING);
      ReadingPartitions partitions = new ReadingPartitions(jdbc, ds, new DataSourceTransactionManager(ds), june);

      List<String> made = partitions.ensure();
      assertThat(made).hasSize(13).first().isEqualTo("monitoring_reading_203507");
      assertThat(made).last().isEqualTo("monitoring_reading_203607");
      assertThat(partitions.ensure()).isEmpty();

      jdbc.sql("insert into monitoring_reading values (1, '2036-03-10T08:00:00+08:00', 12.5, now()), (1, '2035-06-20T00:00:00Z', 1, now())")
          .update();
      assertThat(jdbc.sql("select tableoid::regclass::text from monitoring_reading order by observed_at").query(String.class).list())
          .containsExactly("monitoring_reading_203506", "monitoring_reading_203603");

      // a reading of August 2036 went to the default partition before its month was made: that month cannot be made
      // (PostgreSQL refuses while the default holds its rows), the others still are
      jdbc.sql("insert into monitoring_reading values (2, '2036-08-15T00:00:00Z', 3, now())").update();
      Clock july = Clock.fixed(Instant.parse("2035-07-15T02:00:00Z"), BEIJING);
      assertThat(new ReadingPartitions(jdbc, ds, new DataSourceTransactionManager(ds), july).ensure()).isEmpty();
      Clock september = Clock.fixed(Instant.parse("2035-09-15T02:00:00Z"), BEIJING);
      assertThat(new ReadingPartitions(jdbc, ds, new DataSourceTransactionManager(ds), september).ensure())
          .containsExactly("monitoring_reading_203609", "monitoring_reading_203610");
      assertThat(jdbc.sql("select count(*) from monitoring_reading").query(Long.class).single()).isEqualTo(3);
    } finally {
      admin.sql("drop schema if exists " + SCHEMA + " cascade").update();
    }
  }

  @Test
  void theMonthsAreThisOneAndThirteenAhead() {
    assertThat(ReadingPartitions.months(LocalDate.of(2030, 12, 31))).hasSize(14).startsWith(YearMonth.of(2030, 12))
        .endsWith(YearMonth.of(2032, 1));
  }
}
