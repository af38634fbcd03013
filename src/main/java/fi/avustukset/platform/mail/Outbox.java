package fi.avustukset.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of notifications. {@link #enqueue} joins the caller's transaction — the process
 * step that causes the message — so the message exists exactly when the step has happened:
 * never lost with a committed step, never left behind by a rolled-back one. Delivery is
 * {@link OutboxDelivery}'s job.
 */
@Service
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final JdbcTemplate jdbc;
  private final MailTemplates templates;
  private final MailSettings settings;
  private final Clock clock;
  private final String publicUrl;
  private final boolean postgres;

  public Outbox(JdbcTemplate jdbc, MailTemplates templates, MailSettings settings, Clock clock,
      DataSource dataSource, @Value("${grants.public-url:http://localhost:8080}") String publicUrl) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.settings = settings;
    this.clock = clock;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1)
        : publicUrl;
    this.postgres = isPostgres(dataSource);
  }

  /** True when the text looks like an e-mail address (one @, a dot in the domain, no spaces). */
  public static boolean isEmail(String text) {
    return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
  }

  public String publicUrl() {
    return publicUrl;
  }

  /**
   * Writes the message unless one with the same dedupe key exists. A missing address or a
   * broken template does not stop the process step: the row is stored FAILED with the reason,
   * for staff to see and retry. Returns the row id when a new row was written.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public Optional<Long> enqueue(MailRequest request) {
    if (!postgres && exists(request.dedupeKey())) {
      return Optional.empty();
    }
    Map<String, Object> model = new HashMap<>(request.model());
    model.put("publicUrl", publicUrl);
    String subject;
    String body;
    OutboxStatus status = OutboxStatus.PENDING;
    String error = null;
    try {
      MailTemplates.Rendered rendered = templates.render(request.template(), model);
      subject = rendered.subject();
      body = rendered.body();
    } catch (RuntimeException e) {
      log.error("Mail template {} failed for {}", request.template(), request.dedupeKey(), e);
      subject = "(viestipohja " + request.template() + " ei toiminut)";
      body = String.valueOf(e.getMessage());
      status = OutboxStatus.FAILED;
      error = "Viestipohja ei toiminut: " + e.getMessage();
    }
    String recipient = request.recipient() == null ? null : request.recipient().trim();
    if (status == OutboxStatus.PENDING && !isEmail(recipient)) {
      status = OutboxStatus.FAILED;
      error = recipient == null || recipient.isEmpty()
          ? "Vastaanottajan sähköpostiosoite puuttuu"
          : "Vastaanottajan sähköpostiosoite on virheellinen: " + recipient;
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    String sql = "insert into mail_outbox (dedupe_key, template, business_key, recipient, subject,"
        + " body, attachment_id, attachment_kind, attachment_key, status, attempts,"
        + " next_attempt_at, last_error, message_id, created_at)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"
        + (postgres ? " on conflict (dedupe_key) do nothing" : "");
    int inserted = jdbc.update(sql, request.dedupeKey(), request.template(),
        request.businessKey(), truncate(recipient, 254), truncate(subject, 300),
        truncate(body, 20000), request.attachmentId(),
        request.attachmentToMake() == null ? null : request.attachmentToMake().kind(),
        request.attachmentToMake() == null ? null : request.attachmentToMake().businessKey(),
        status.name(), now,
        truncate(error, 2000), messageId(request.dedupeKey()), now);
    if (inserted == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(jdbc.queryForObject(
        "select id from mail_outbox where dedupe_key = ?", Long.class, request.dedupeKey()));
  }

  public boolean exists(String dedupeKey) {
    Integer n = jdbc.queryForObject("select count(*) from mail_outbox where dedupe_key = ?",
        Integer.class, dedupeKey);
    return n != null && n > 0;
  }

  /** The deterministic Message-ID of a message: the same however often it is sent. */
  public String messageId(String dedupeKey) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(dedupeKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@" + settings.messageIdDomain() + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(readOnly = true)
  public List<OutboxMessage> latest(OutboxStatus status, String businessKey, int limit) {
    StringBuilder sql = new StringBuilder("select * from mail_outbox where 1 = 1");
    List<Object> args = new java.util.ArrayList<>();
    if (status != null) {
      sql.append(" and status = ?");
      args.add(status.name());
    }
    if (businessKey != null && !businessKey.isBlank()) {
      sql.append(" and business_key = ?");
      args.add(businessKey.trim());
    }
    sql.append(" order by id desc limit ").append(Math.max(1, Math.min(limit, 1000)));
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  @Transactional(readOnly = true)
  public Optional<OutboxMessage> find(long id) {
    return jdbc.query("select * from mail_outbox where id = ?", ROW, id).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public Map<OutboxStatus, Integer> counts() {
    Map<OutboxStatus, Integer> counts = new java.util.EnumMap<>(OutboxStatus.class);
    for (OutboxStatus s : OutboxStatus.values()) {
      counts.put(s, 0);
    }
    jdbc.query("select status, count(*) n from mail_outbox group by status",
        rs -> { counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getInt(2)); });
    return counts;
  }

  /** Staff's retry of a FAILED message (optionally to a corrected address): PENDING again now. */
  @Transactional
  public boolean retry(long id, String newRecipient) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    if (newRecipient != null && !newRecipient.isBlank()) {
      return jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0,"
          + " next_attempt_at = ?, recipient = ? where id = ? and status = 'FAILED'",
          now, newRecipient.trim(), id) == 1;
    }
    return jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0,"
        + " next_attempt_at = ? where id = ? and status = 'FAILED' and recipient is not null",
        now, id) == 1;
  }

  /** A changed contact address also applies to the case's messages not sent yet. */
  @Transactional(propagation = Propagation.REQUIRED)
  public int readdressUnsent(String businessKey, String oldRecipient, String newRecipient) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    int changed = jdbc.update("update mail_outbox set recipient = ? where business_key = ?"
        + " and status = 'PENDING' and (recipient = ? or recipient is null)", newRecipient,
        businessKey, oldRecipient);
    // Failed only for lack of an address: now there is one.
    changed += jdbc.update("update mail_outbox set recipient = ?, status = 'PENDING',"
        + " attempts = 0, next_attempt_at = ? where business_key = ? and status = 'FAILED'"
        + " and (recipient is null or recipient = ?) and last_error like 'Vastaanottajan%'",
        newRecipient, now, businessKey, oldRecipient);
    return changed;
  }

  static final RowMapper<OutboxMessage> ROW = (ResultSet rs, int i) -> new OutboxMessage(
      rs.getLong("id"), rs.getString("dedupe_key"), rs.getString("template"),
      rs.getString("business_key"), rs.getString("recipient"), rs.getString("subject"),
      rs.getString("body"), (Long) rs.getObject("attachment_id", Long.class),
      rs.getString("attachment_kind"), rs.getString("attachment_key"),
      OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
      instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getString("message_id"),
      instant(rs, "created_at"), instant(rs, "sent_at"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource,
          md -> md.getDatabaseProductName());
      return product != null && product.toLowerCase().contains("postgres");
    } catch (Exception e) {
      return false;
    }
  }
}
