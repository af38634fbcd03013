package fi.avustukset.platform.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notifications ({@code grants.mail.*} in application.yaml). The SMTP server itself is Spring
 * Boot's {@code spring.mail.*} (SPRING_MAIL_HOST, ...): without a host nothing is sent and the
 * messages wait in the outbox, readable by staff.
 *
 * @param from sender address of every message
 * @param pollInterval how often the outbox is delivered
 * @param lease how long one node owns a message it is sending (a crashed node's message is
 *     taken over after this)
 * @param maxAttempts after this many failed attempts a message is FAILED (shown, retryable)
 * @param firstRetry wait after the first failure, doubled each time up to maxRetryDelay
 * @param maxRetryDelay the longest wait between two attempts
 * @param messageIdDomain the right-hand side of the deterministic Message-ID
 */
@ConfigurationProperties("grants.mail")
public record MailSettings(
    String from,
    Duration pollInterval,
    Duration lease,
    Integer maxAttempts,
    Duration firstRetry,
    Duration maxRetryDelay,
    String messageIdDomain) {

  public MailSettings {
    from = from == null || from.isBlank() ? "avustukset@hyvinvointialue.invalid" : from;
    pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
    lease = lease == null ? Duration.ofMinutes(2) : lease;
    maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
    messageIdDomain = messageIdDomain == null || messageIdDomain.isBlank()
        ? "avustukset.invalid" : messageIdDomain;
  }

  /** Wait after the given number of failed attempts (1, 2, 4 … × firstRetry, capped). */
  public Duration retryDelay(int failedAttempts) {
    Duration delay = firstRetry;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
