package fi.avustukset.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) in the test JVM for all integration tests, on a free port
 * that stays the same, so it can be stopped (a mail-server outage) and started again.
 */
public final class TestMailServer {

  private static TestMailServer instance;

  public final int port;
  private GreenMail greenMail;

  private TestMailServer(int port) {
    this.port = port;
    start();
  }

  public static synchronized TestMailServer get() {
    if (instance == null) {
      instance = new TestMailServer(freePort());
    }
    return instance;
  }

  public synchronized void start() {
    if (greenMail == null) {
      greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      greenMail.start();
    }
  }

  /** The server goes away: connections are refused until {@link #start()}. */
  public synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** Every message received since the JVM started (a restart keeps nothing: see stop). */
  public synchronized List<MimeMessage> received() {
    return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
  }

  /** Messages to one address whose subject contains the text. */
  public List<MimeMessage> to(String address, String subjectContains) {
    return received().stream().filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
            .anyMatch(a -> a.toString().equalsIgnoreCase(address))
            && m.getSubject() != null && m.getSubject().contains(subjectContains);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  public static String body(MimeMessage message) {
    try {
      Object content = message.getContent();
      if (content instanceof String s) {
        return s;
      }
      var multipart = (jakarta.mail.Multipart) content;
      return String.valueOf(multipart.getBodyPart(0).getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
