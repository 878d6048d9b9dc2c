package org.anlan.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * 邮件: e-mail through the SMTP server of {@code spring.mail.*}. A batch is split over {@code connections}
 * parallel sends; each send delivers its part over one SMTP connection. Without an SMTP host every message
 * fails with that reason (it is not dropped silently); a refused address fails for good, anything else
 * (server down, time-out, 4xx) is retried.
 */
@Component
class EmailChannel implements Channel {

  /**
   * Jakarta Mail 2.1 looks its StreamProvider up through a ServiceLoader scan of every jar each time it builds
   * a message part (jakartaee/mail-api issues 699 and 861): most of the CPU of a large batch. The lookup
   * takes a class named by this system property first, which is one Class.forName.
   */
  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final ObjectProvider<JavaMailSender> senders;
  private final MessagingProperties properties;
  private final ExecutorService connections;

  EmailChannel(ObjectProvider<JavaMailSender> senders, MessagingProperties properties) {
    this.senders = senders;
    this.properties = properties;
    this.connections = Executors.newFixedThreadPool(Math.max(1, properties.email().connections()), r -> {
      Thread t = new Thread(r, "anlan-smtp");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.EMAIL;
  }

  @Override
  public int batchSize() {
    return properties.email().batchSize();
  }

  @Override
  public List<Outcome> send(List<Envelope> batch) {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null || sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
      Outcome off = Outcome.failed("e-mail is not configured: no SMTP host (spring.mail.host, ANLAN_SMTP_HOST)");
      return batch.stream().map(m -> off).toList();
    }
    int parts = Math.max(1, Math.min(properties.email().connections(), batch.size()));
    int size = (batch.size() + parts - 1) / parts;
    List<CompletableFuture<List<Outcome>>> sending = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += size) {
      List<Envelope> part = batch.subList(from, Math.min(batch.size(), from + size));
      sending.add(CompletableFuture.supplyAsync(() -> sendOver(sender, part), connections));
    }
    return sending.stream().flatMap(f -> f.join().stream()).toList();
  }

  /** Sends a part over one connection and answers one outcome per message. */
  private List<Outcome> sendOver(JavaMailSender sender, List<Envelope> part) {
    Outcome[] outcomes = new Outcome[part.size()];
    List<MimeMessage> mails = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < part.size(); i++) {
      try {
        mails.add(mime(sender, part.get(i)));
        index.add(i);
      } catch (MessagingException | RuntimeException e) {
        outcomes[i] = Outcome.failed("bad e-mail: " + e.getMessage());
      }
    }
    if (sender instanceof JavaMailSenderImpl impl) {
      overOneConnection(impl, mails, index, outcomes);
      return Arrays.asList(outcomes);
    }
    try {
      sender.send(mails.toArray(MimeMessage[]::new));
      for (int k = 0; k < mails.size(); k++) {
        outcomes[index.get(k)] = sent(mails.get(k));
      }
    } catch (MailSendException e) {
      Map<Object, Exception> failed = e.getFailedMessages();
      for (int k = 0; k < mails.size(); k++) {
        Exception cause = failed.get(mails.get(k));
        int i = index.get(k);
        outcomes[i] = failed.isEmpty() ? Outcome.retry("SMTP: " + e.getMessage())
            : cause == null ? sent(mails.get(k))
            : refused(cause) ? Outcome.failed("SMTP refused: " + cause.getMessage())
            : Outcome.retry("SMTP: " + cause.getMessage());
      }
    } catch (MailException e) {
      index.forEach(i -> outcomes[i] = Outcome.retry("SMTP: " + e.getMessage()));
    }
    return Arrays.asList(outcomes);
  }

  /**
   * The messages over one SMTP connection of the configured server, straight through its {@link Transport}: Spring's
   * {@code send(MimeMessage...)} asks the transport before each message whether it is still connected, which costs
   * an SMTP NOOP round trip per message. A refused recipient fails that message (the connection goes on); a broken
   * connection leaves it and the rest to be retried.
   */
  private static void overOneConnection(JavaMailSenderImpl impl, List<MimeMessage> mails, List<Integer> index, Outcome[] outcomes) {
    Transport transport;
    try {
      transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
      boolean anonymous = impl.getUsername() == null || impl.getUsername().isEmpty(); // an unset ANLAN_SMTP_USER is ""
      transport.connect(impl.getHost(), impl.getPort(), anonymous ? null : impl.getUsername(), anonymous ? null : impl.getPassword());
    } catch (MessagingException e) {
      index.forEach(i -> outcomes[i] = Outcome.retry("SMTP: " + e.getMessage()));
      return;
    }
    try {
      for (int k = 0; k < mails.size(); k++) {
        MimeMessage mail = mails.get(k);
        int i = index.get(k);
        try {
          if (mail.getSentDate() == null) {
            mail.setSentDate(new java.util.Date());
          }
          mail.saveChanges();
          transport.sendMessage(mail, mail.getAllRecipients());
          outcomes[i] = sent(mail);
        } catch (SendFailedException e) {
          outcomes[i] = refused(e) ? Outcome.failed("SMTP refused: " + reason(e)) : Outcome.retry("SMTP: " + reason(e));
        } catch (MessagingException e) {
          for (int rest = k; rest < mails.size(); rest++) {
            outcomes[index.get(rest)] = Outcome.retry("SMTP: " + e.getMessage());
          }
          return;
        }
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the messages were handed over; a failed QUIT changes nothing
      }
    }
  }

  /** A recipient the server refuses for good (5xx, or an address it cannot parse); a 4xx is worth retrying. */
  private static boolean refused(Exception cause) {
    if (!(cause instanceof SendFailedException e)) {
      return false;
    }
    if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
      return true; // 5xx to RCPT
    }
    if (e.getValidUnsentAddresses() != null && e.getValidUnsentAddresses().length > 0) {
      return false; // 4xx to RCPT: the mailbox exists, try again
    }
    return !String.valueOf(e.getMessage()).trim().startsWith("4");
  }

  /** The exception's message with the server's own answer behind it ("Invalid Addresses: 550 5.1.1 …"). */
  private static String reason(MessagingException e) {
    Exception next = e.getNextException();
    return e.getMessage() + (next == null || next.getMessage() == null ? "" : ": " + next.getMessage().strip());
  }

  /**
   * The message, set through the MimeMessage API itself: Spring's MimeMessageHelper, given a message that is not
   * the sender's own kind, builds a file type map for it — reading the whole mime.types resource — every time.
   */
  private MimeMessage mime(JavaMailSender sender, Envelope m) throws MessagingException {
    MimeMessage mail = sender instanceof JavaMailSenderImpl impl ? new KnownSubject(impl.getSession()) : sender.createMimeMessage();
    if (!properties.email().from().isBlank()) {
      mail.setFrom(address(properties.email().from()));
    }
    mail.setRecipient(jakarta.mail.Message.RecipientType.TO, address(m.address()));
    mail.setSubject(m.subject() == null ? "" : m.subject(), "UTF-8");
    mail.setText(m.text(), "UTF-8");
    mail.setHeader("X-Anlan-Correlation", m.correlation());
    return mail;
  }

  /** One address, parsed strictly (as MimeMessageHelper does): anything else is a bad e-mail. */
  private static InternetAddress address(String text) throws AddressException {
    InternetAddress[] parsed = InternetAddress.parse(text == null ? "" : text);
    if (parsed.length != 1) {
      throw new AddressException("not one address", text);
    }
    return parsed[0];
  }

  /**
   * A message that answers its subject as it was given instead of decoding its {@code =?UTF-8?B?…?=} header again:
   * Angus Mail's SMTP transport asks every message for its subject before sending it (for a tracing hook it leaves
   * empty), which cost 7 % of the SMTP threads' CPU with Chinese subjects.
   */
  static final class KnownSubject extends MimeMessage {

    private String subject;

    KnownSubject(jakarta.mail.Session session) {
      super(session);
    }

    @Override
    public void setSubject(String subject, String charset) throws MessagingException {
      super.setSubject(subject, charset);
      this.subject = subject;
    }

    @Override
    public String getSubject() throws MessagingException {
      return subject != null ? subject : super.getSubject();
    }
  }

  private static Outcome sent(MimeMessage mail) {
    try {
      return Outcome.sent(mail.getMessageID());
    } catch (MessagingException e) {
      return Outcome.sent(null);
    }
  }
}
