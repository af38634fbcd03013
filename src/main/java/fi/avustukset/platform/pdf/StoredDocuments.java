package fi.avustukset.platform.pdf;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents as they were issued (V71__stored_document.sql): one per kind and case, never
 * replaced, so what was sent can be shown later unchanged.
 */
@Service
public class StoredDocuments {

  public record StoredDocument(long id, String kind, String businessKey, String fileName,
      String contentType, byte[] content, String sha256, Instant createdAt) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final boolean postgres;

  public StoredDocuments(JdbcTemplate jdbc, Clock clock, DataSource dataSource) {
    this.jdbc = jdbc;
    this.clock = clock;
    boolean pg;
    try {
      String product = JdbcUtils.extractDatabaseMetaData(dataSource,
          md -> md.getDatabaseProductName());
      pg = product != null && product.toLowerCase().contains("postgres");
    } catch (Exception e) {
      pg = false;
    }
    this.postgres = pg;
  }

  /** Stores the document unless one of that kind exists for the case; returns the kept one's id. */
  @Transactional(propagation = Propagation.REQUIRED)
  public long storeOnce(String kind, String businessKey, String fileName, String contentType,
      byte[] content) {
    Optional<Long> existing = id(kind, businessKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.update("insert into stored_document (kind, business_key, file_name, content_type,"
        + " content, sha256, created_at) values (?, ?, ?, ?, ?, ?, ?)"
        + (postgres ? " on conflict (kind, business_key) do nothing" : ""), kind, businessKey,
        fileName, contentType, content, sha256(content), Timestamp.from(Instant.now(clock)));
    return id(kind, businessKey).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(String kind, String businessKey) {
    return jdbc.query("select * from stored_document where kind = ? and business_key = ?",
        (rs, i) -> new StoredDocument(rs.getLong("id"), rs.getString("kind"),
            rs.getString("business_key"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getBytes("content"), rs.getString("sha256"),
            rs.getTimestamp("created_at").toInstant()), kind, businessKey).stream().findFirst();
  }

  private Optional<Long> id(String kind, String businessKey) {
    return jdbc.queryForList("select id from stored_document where kind = ? and business_key = ?",
        Long.class, kind, businessKey).stream().findFirst();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
