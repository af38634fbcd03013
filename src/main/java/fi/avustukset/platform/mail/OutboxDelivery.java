package fi.avustukset.platform.mail;

import fi.avustukset.platform.pdf.DocumentSource;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through SMTP, on every node of a cluster at once without sending a
 * message twice: a node <em>claims</em> a due message by moving its next attempt one lease into
 * the future with a conditional UPDATE (only one node's update matches), sends it outside any
 * transaction, and marks it SENT once the server has accepted it. A failure (server down,
 * refused) schedules the next attempt with a growing delay; after {@code maxAttempts} the
 * message is FAILED, shown on the outbox page and retryable. A node that dies after the SMTP
 * server accepted but before marking SENT makes another node send it again after the lease —
 * with the same Message-ID, so the copy is recognisable.
 *
 * <p>Without {@code spring.mail.host} there is no JavaMailSender and nothing is sent: the
 * messages stay PENDING in the outbox page.
 */
@Component
public class OutboxDelivery {

  private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final int BATCH = 20;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ObjectProvider<JavaMailSender> senders;
  private final MailSettings settings;
  private final Clock clock;
  private final Map<String, DocumentSource> documentSources;

  public OutboxDelivery(JdbcTemplate jdbc, TransactionTemplate tx,
      ObjectProvider<JavaMailSender> senders, MailSettings settings, Clock clock,
      List<DocumentSource> documentSources) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.senders = senders;
    this.settings = settings;
    this.clock = clock;
    this.documentSources = documentSources.stream()
        .collect(Collectors.toMap(DocumentSource::kind, s -> s));
  }

  /** True when an SMTP server is configured (spring.mail.host). */
  public boolean enabled() {
    return senders.getIfAvailable() != null;
  }

  @Scheduled(fixedDelayString = "${grants.mail.poll-interval:PT10S}",
      initialDelayString = "${grants.mail.poll-interval:PT10S}")
  public void scheduled() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // e.g. the database briefly unavailable: the next round tries again.
      log.warn("Outbox delivery round failed: {}", e.toString());
    }
  }

  /** Sends what is due now; returns how many messages the server accepted. */
  public int deliverDue() {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    List<Long> due = jdbc.queryForList("select id from mail_outbox where status = 'PENDING'"
        + " and next_attempt_at <= ? order by id limit " + BATCH, Long.class, now());
    for (Long id : due) {
      Optional<OutboxMessage> claimed = claim(id);
      if (claimed.isPresent() && send(sender, claimed.get())) {
        sent++;
      }
    }
    return sent;
  }

  private Optional<OutboxMessage> claim(long id) {
    return tx.execute(status -> {
      Timestamp now = now();
      int won = jdbc.update("update mail_outbox set next_attempt_at = ?, attempts = attempts + 1"
          + " where id = ? and status = 'PENDING' and next_attempt_at <= ?",
          Timestamp.from(now.toInstant().plus(settings.lease())), id, now);
      if (won != 1) {
        return Optional.<OutboxMessage>empty(); // another node has it, or it is gone
      }
      return jdbc.query("select * from mail_outbox where id = ?", Outbox.ROW, id).stream()
          .findFirst();
    });
  }

  private boolean send(JavaMailSender sender, OutboxMessage m) {
    try {
      MimeMessage mime = sender.createMimeMessage();
      Long attachmentId = attachmentOf(m);
      MimeMessageHelper helper = new MimeMessageHelper(mime, attachmentId != null,
          StandardCharsets.UTF_8.name());
      helper.setFrom(new InternetAddress(settings.from()));
      helper.setTo(new InternetAddress(m.recipient(), true));
      helper.setSubject(m.subject());
      helper.setText(m.body(), false);
      if (attachmentId != null) {
        Attachment a = attachment(attachmentId);
        helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
      }
      // Kept by JavaMailSenderImpl (it re-applies a Message-ID set before saveChanges).
      mime.setHeader("Message-ID", m.messageId());
      mime.setHeader("X-Grants-Outbox-Id", String.valueOf(m.id()));
      sender.send(mime);
    } catch (Exception e) {
      failed(m, e);
      return false;
    }
    tx.executeWithoutResult(status -> jdbc.update("update mail_outbox set status = 'SENT',"
        + " sent_at = ?, last_error = null where id = ?", now(), m.id()));
    log.info("Mail {} ({}) sent to {}", m.id(), m.template(), m.recipient());
    return true;
  }

  private void failed(OutboxMessage m, Exception e) {
    String reason = rootMessage(e);
    boolean giveUp = m.attempts() >= settings.maxAttempts();
    Instant next = Instant.now(clock).plus(settings.retryDelay(m.attempts()));
    tx.executeWithoutResult(status -> jdbc.update("update mail_outbox set status = ?,"
        + " next_attempt_at = ?, last_error = ? where id = ?",
        giveUp ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(), Timestamp.from(next),
        reason.length() > 2000 ? reason.substring(0, 2000) : reason, m.id()));
    if (giveUp) {
      log.error("Mail {} ({}) to {} FAILED after {} attempts: {}", m.id(), m.template(),
          m.recipient(), m.attempts(), reason);
    } else {
      log.warn("Mail {} ({}) to {} not sent (attempt {}), retried at {}: {}", m.id(),
          m.template(), m.recipient(), m.attempts(), next, reason);
    }
  }

  record Attachment(String fileName, String contentType, byte[] content) {}

  /**
   * The stored document to attach: the row's, or the one its source makes now (stored once, in
   * its own transaction, and remembered on the row). A source that fails makes this attempt
   * fail; the message is retried like any other delivery failure.
   */
  private Long attachmentOf(OutboxMessage m) {
    if (m.attachmentId() != null || m.attachmentKind() == null) {
      return m.attachmentId();
    }
    DocumentSource source = documentSources.get(m.attachmentKind());
    if (source == null) {
      throw new IllegalStateException("No document source for " + m.attachmentKind());
    }
    long id = source.store(m.attachmentKey());
    tx.executeWithoutResult(status -> jdbc.update(
        "update mail_outbox set attachment_id = ? where id = ?", id, m.id()));
    return id;
  }

  private Attachment attachment(long id) {
    return jdbc.queryForObject("select file_name, content_type, content from stored_document"
        + " where id = ?", (rs, i) -> new Attachment(rs.getString(1), rs.getString(2),
        rs.getBytes(3)), id);
  }

  private Timestamp now() {
    return Timestamp.from(Instant.now(clock));
  }

  private static String rootMessage(Throwable e) {
    StringBuilder sb = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    Throwable cause = e.getCause();
    while (cause != null && cause != cause.getCause()) {
      sb.append(" ← ").append(cause.getClass().getSimpleName()).append(": ")
          .append(cause.getMessage());
      cause = cause.getCause();
    }
    return sb.toString();
  }
}
