package org.anlan.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.anlan.AnlanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: issue 5's "10,000 deadlines due at once fired within 10 s". Starts the application on
 * the PostgreSQL named by {@code ANLAN_TEST_PG_URL} (a fresh schema {@code anlan_bench}) with the
 * scheduler thread on, schedules 10,000 deadlines due now in one transaction through {@link
 * Deadlines#schedule} — a handler that writes one row each — and prints the time from that commit
 * until none is pending. Run as in docs/performance.md.
 */
public final class DeadlineBenchmark {

  public static void main(String[] args) throws Exception {
    String url = System.getenv("ANLAN_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set ANLAN_TEST_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test");
    }
    String user = System.getenv().getOrDefault("ANLAN_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", "");
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("drop schema if exists anlan_bench cascade");
      s.execute("create schema anlan_bench");
    }
    AtomicInteger fired = new AtomicInteger();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(AnlanApplication.class)
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchHandler", new DeadlineHandler() {
          @Override
          public String kind() {
            return "bench.fire";
          }

          @Override
          public void handle(Deadline deadline) {
            ctx.getBean(JdbcClient.class).sql("insert into bench_effect (ref) values (:ref)").param("ref", deadline.ref()).update();
            fired.incrementAndGet();
          }
        }))
        .run("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=anlan_bench",
            "--spring.datasource.username=" + user, "--spring.datasource.password=" + password, "--server.port=0",
            "--anlan.demo.enabled=false", "--anlan.identity.initial-admin-password=bench-password-1", "--logging.level.root=WARN");
    try {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      Deadlines deadlines = context.getBean(Deadlines.class);
      jdbc.sql("create table bench_effect (ref varchar(200) not null)").update();
      Instant now = Instant.now();
      long scheduling = System.nanoTime();
      new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
        for (int i = 0; i < count; i++) {
          deadlines.schedule("bench.fire", "b/" + i, now, null);
        }
      });
      long committed = System.nanoTime();
      while (jdbc.sql("select count(*) from platform_deadline where status = 'PENDING'").query(Integer.class).single() > 0) {
        Thread.sleep(20);
      }
      long done = System.nanoTime();
      String database = jdbc.sql("select version()").query(String.class).single();
      int effects = jdbc.sql("select count(*) from bench_effect").query(Integer.class).single();
      int distinct = jdbc.sql("select count(distinct ref) from bench_effect").query(Integer.class).single();
      System.out.println(database);
      System.out.printf("scheduled %,d deadlines due now in one transaction: %.2f s%n", count, (committed - scheduling) / 1e9);
      System.out.printf("all fired %.2f s after the commit (one node, one scheduler thread, batch %d); handler calls %,d, effect rows %,d (%,d distinct)%n",
          (done - committed) / 1e9, context.getBean(SchedulerProperties.class).batchSize(), fired.get(), effects, distinct);
    } finally {
      context.close();
    }
  }

  private DeadlineBenchmark() {}
}
