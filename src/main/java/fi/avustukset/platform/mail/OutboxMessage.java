package fi.avustukset.platform.mail;

import java.time.Instant;

/** One row of the outbox (V70__mail_outbox.sql). */
public record OutboxMessage(
    long id,
    String dedupeKey,
    String template,
    String businessKey,
    String recipient,
    String subject,
    String body,
    Long attachmentId,
    String attachmentKind,
    String attachmentKey,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    String messageId,
    Instant createdAt,
    Instant sentAt) {}
