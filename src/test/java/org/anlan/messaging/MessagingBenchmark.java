package org.anlan.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anlan.AnlanApplication;
import org.anlan.warning.CalloutChannel;
import org.anlan.warning.CalloutMessage;
import org.anlan.warning.CalloutSender;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the 叫应 load of issue "messaging": 10,000 recipients × (in-app, SMS, e-mail) queued through
 * {@link CalloutSender} in one transaction, then the time until every message has been handed to its channel
 * (none QUEUED), with GreenMail as the SMTP server and {@link Gateway} as the SMS gateway, all on this machine.
 * In-memory H2 unless {@code ANLAN_TEST_PG_URL} names PostgreSQL. Run as in docs/messaging.md.
 */
public final class MessagingBenchmark {

  /** 1,000 delivery receipts (half without the number) and one reply through the webhooks' service, timed. */
  static void receipts(ConfigurableApplicationContext context, JdbcClient jdbc) {
    GatewayWebhooks webhooks = context.getBean(GatewayWebhooks.class);
    List<GatewayWebhooks.Receipt> receipts = new ArrayList<>();
    jdbc.sql("select receipt, address from messaging_message where channel = 'SMS' and state = 'SENT' order by id limit 1000")
        .query((rs, n) -> receipts.add(new GatewayWebhooks.Receipt(rs.getString(1), n % 2 == 0 ? null : rs.getString(2), "DELIVERED", null, null)))
        .list();
    long started = System.nanoTime();
    GatewayWebhooks.ReceiptResult result = webhooks.receipts(receipts);
    System.out.printf("1,000 receipts in one webhook call: %.2f s, %s%n", (System.nanoTime() - started) / 1e9, result);
    System.out.println("reply: " + webhooks.inbound(new GatewayWebhooks.Inbound("bench-in-1", "13900000001", "收到", null, receipts.get(0).id())));
  }

  public static void main(String[] args) throws Exception {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    Gateway gateway = new Gateway();
    String url = System.getenv().getOrDefault("ANLAN_TEST_PG_URL",
        "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    List<String> settings = new ArrayList<>(List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + System.getenv().getOrDefault("ANLAN_TEST_PG_USER", url.contains("h2") ? "sa" : "postgres"),
        "--spring.datasource.password=" + System.getenv().getOrDefault("ANLAN_TEST_PG_PASSWORD", ""),
        "--server.port=0", "--anlan.demo.enabled=false", "--anlan.identity.initial-admin-password=bench-password-1",
        "--logging.level.root=WARN", "--logging.level.org.anlan.messaging.Dispatcher=" + System.getProperty("dispatcherLog", "WARN"), "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--anlan.messaging.sms.url=" + gateway.url("/sms"), "--anlan.messaging.email.from=anlan@bench.invalid"));
    settings.addAll(List.of(args).subList(Math.min(1, args.length), args.length)); // more settings after the count
    ConfigurableApplicationContext context = new SpringApplicationBuilder(AnlanApplication.class).run(settings.toArray(String[]::new));
    try {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      CalloutSender sender = context.getBean(CalloutSender.class);
      List<CalloutMessage> messages = new ArrayList<>(people * 3);
      for (int i = 0; i < people; i++) {
        for (CalloutChannel channel : List.of(CalloutChannel.IN_APP, CalloutChannel.SMS, CalloutChannel.EMAIL)) {
          messages.add(new CalloutMessage("bench:1:person:" + i + ":" + channel, 100_000 + i, "测试" + i,
              "139%08d".formatted(i), "p" + i + "@bench.invalid", channel, "红色暴雨预警", "请立即叫应：https://anlan.test/a/" + i,
              "https://anlan.test/a/" + i, null, 4, Map.of("level", "红色", "title", "暴雨", "link", "https://anlan.test/a/" + i)));
        }
      }
      long queuing = System.nanoTime();
      new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> sender.queue(messages));
      long committed = System.nanoTime();
      long[] doneAt = new long[3];
      String[] channels = {"IN_APP", "SMS", "EMAIL"};
      while (true) {
        boolean all = true;
        for (int c = 0; c < 3; c++) {
          if (doneAt[c] == 0 && jdbc.sql("select count(*) from messaging_message where channel = :c and state = 'QUEUED'")
              .param("c", channels[c]).query(Integer.class).single() == 0) {
            doneAt[c] = System.nanoTime();
          }
          all &= doneAt[c] != 0;
        }
        if (all) {
          break;
        }
        Thread.sleep(20);
      }
      System.out.println(jdbc.sql("select version()").query(String.class).single());
      System.out.printf("queued %,d messages in one transaction: %.2f s%n", messages.size(), (committed - queuing) / 1e9);
      for (int c = 0; c < 3; c++) {
        System.out.printf("  %-6s all handed over %.2f s after the commit%n", channels[c], (doneAt[c] - committed) / 1e9);
      }
      System.out.println(jdbc.sql("select channel, state, count(*) n from messaging_message group by channel, state order by 1, 2").query().listOfRows());
      System.out.printf("gateway: %,d requests, %,d numbers; SMTP server received %,d e-mails%n", gateway.requests.get(), gateway.hits.size(),
          smtp.getReceivedMessages().length);
      receipts(context, jdbc);
    } finally {
      context.close();
      smtp.stop();
    }
  }
}
