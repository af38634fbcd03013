package fi.avustukset.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12: with the mail server down the process goes on, the message waits and is retried,
 * and once the server is back it is delivered exactly once, with its deterministic Message-ID.
 */
class MailOutageIT extends PostgresIntegrationTest {

  static final TestMailServer MAIL = TestMailServer.get();

  @Autowired
  Outbox outbox;

  @AfterEach
  void serverBack() {
    MAIL.start();
  }

  @Test
  void aServerThatRefusesAndThenAcceptsGetsTheMessageOnce() {
    String callKey = CallFixture.openCall(this, "Katkoshaku", "OPERATING_INNOVATION", 80_000);
    MAIL.stop();
    JsonNode created = as("applicant1").postForEntity("/api/calls/" + callKey + "/applications",
        CallFixture.application(1, "Katkon aikana jätetty", 9_000), JsonNode.class).getBody();
    String number = created.path("applicationNumber").asText();
    assertThat(number).as("the application is not held up by the mail server").isNotBlank();

    Await.until("failed attempts of the receipt", Duration.ofMinutes(1), () -> {
      List<OutboxMessage> rows = outbox.latest(null, number, 10);
      return rows.size() == 1 && rows.get(0).attempts() >= 2;
    });
    OutboxMessage waiting = outbox.latest(null, number, 10).get(0);
    assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
    assertThat(waiting.lastError()).isNotBlank();
    assertThat(waiting.sentAt()).isNull();

    MAIL.start();
    Await.until("receipt delivered after the outage", Duration.ofMinutes(1),
        () -> outbox.latest(OutboxStatus.SENT, number, 10).size() == 1);
    GrantMailSleep.sleep(3000);
    List<MimeMessage> received = MAIL.to(CallFixture.contactEmail(1), number);
    assertThat(received).hasSize(1);
    OutboxMessage sent = outbox.latest(null, number, 10).get(0);
    assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
    try {
      assertThat(received.get(0).getMessageID()).isEqualTo(sent.messageId());
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }

  static final class GrantMailSleep {
    static void sleep(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
