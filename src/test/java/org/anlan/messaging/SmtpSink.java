package org.anlan.messaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For benchmarks and channel tests: an SMTP server that accepts every message and keeps nothing but a count — what a mail
 * relay on another machine costs the sender, without a test server's mailbox bookkeeping on the same cores
 * (GreenMail looks a mailbox up by a linear scan, so 10,000 distinct recipients cost it quadratic time).
 * Speaks enough of RFC 5321 for Jakarta Mail: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. A recipient address
 * containing {@code refused} gets a 550, one containing {@code later} a 450 (for tests of how refusals count).
 */
public final class SmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "smtp-sink");
    t.setDaemon(true);
    return t;
  });
  public final AtomicInteger accepted = new AtomicInteger();

  public SmtpSink() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "smtp-sink-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.submit(() -> session(socket));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void session(Socket socket) {
    try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
        switch (verb) {
          case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
          case "DATA" -> {
            reply(out, "354 go ahead");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // discard the message
            }
            accepted.incrementAndGet();
            reply(out, "250 accepted");
          }
          case "RCPT" -> reply(out, line.contains("refused") ? "550 5.1.1 no such mailbox"
              : line.contains("later") ? "450 4.2.1 mailbox busy, try later" : "250 ok");
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }
}
