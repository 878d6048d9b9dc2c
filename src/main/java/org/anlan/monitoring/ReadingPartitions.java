package org.anlan.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.anlan.platform.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL only: keeps monthly partitions of {@code monitoring_reading} ready {@value #MONTHS_AHEAD} months ahead of
 * today — at start-up and then once a day — so that readings never pile up in the default partition once the
 * migration's range (2020–2030) is behind (a range the default partition already holds rows of can no longer be made a
 * partition of its own; that is reported, not fatal). Nodes make them under an advisory lock, one at a time, and
 * {@code if not exists}; the migration's partitions are found and left as they are. H2 has no partitions: does nothing.
 */
@Component
class ReadingPartitions implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ReadingPartitions.class);
  static final int MONTHS_AHEAD = 13;
  private static final long LOCK = 0x616e6c616e5250L; // "anlanRP": this task's advisory lock
  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMM");

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean postgres;
  private ScheduledExecutorService timer;

  ReadingPartitions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.postgres = Databases.isPostgres(dataSource);
  }

  /** The months that should have a partition today: this month and {@value #MONTHS_AHEAD} after it. */
  static List<YearMonth> months(LocalDate today) {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i <= MONTHS_AHEAD; i++) {
      months.add(YearMonth.from(today).plusMonths(i));
    }
    return months;
  }

  /** Makes the partitions that are missing; answers the names of those made. */
  List<String> ensure() {
    if (!postgres) {
      return List.of();
    }
    List<String> made = new ArrayList<>();
    for (YearMonth month : months(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
      String name = "monitoring_reading_" + SUFFIX.format(month);
      try {
        Boolean created = tx.execute(s -> {
          jdbc.sql("select pg_advisory_xact_lock(" + LOCK + ")").query(Object.class).single();
          boolean exists = jdbc.sql("select to_regclass(:name) is not null").param("name", name).query(Boolean.class).single();
          if (exists) {
            return false;
          }
          // the names and bounds are ours (a month), not input; a date read in the session's time zone, as the
          // migration's partitions were (date::timestamptz), so the new ones follow them without a gap or overlap
          jdbc.sql("create table " + name + " partition of monitoring_reading for values from ('" + month.atDay(1)
              + "') to ('" + month.plusMonths(1).atDay(1) + "')").update();
          return true;
        });
        if (Boolean.TRUE.equals(created)) {
          made.add(name);
        }
      } catch (RuntimeException e) {
        log.warn("monitoring: cannot make the readings partition {} (readings of that month go to the default partition;"
            + " when it already holds some, move them out and try again): {}", name, e.getMessage());
      }
    }
    if (!made.isEmpty()) {
      log.info("monitoring: readings partitions made: {}", made);
    }
    return made;
  }

  @Override
  public void start() {
    if (!postgres) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "reading-partitions");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        ensure();
      } catch (RuntimeException e) {
        log.warn("monitoring: readings partitions not checked", e);
      }
    }, 0, 1, TimeUnit.DAYS);
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
