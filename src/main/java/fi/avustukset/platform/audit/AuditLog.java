package fi.avustukset.platform.audit;

import fi.avustukset.platform.domain.Euro;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project's own audit records (V87__audit_event.sql, issue 13.3): who did what outside a
 * process, and when. A record is written in the caller's transaction, so it exists exactly when
 * the change it describes was committed.
 *
 * <p>Use {@link #record} for internal actions (staff only) and {@link #recordForApplicant} for
 * actions the applicant organisation may read in its own case. Actions are Finnish phrases
 * ("Päätösesitystä muutettu"), details show changed figures as {@code old → new}
 * ({@link #change}).
 */
@Service
public class AuditLog {

  /** Who may read a record: staff only, or also the applicant organisation of the case. */
  public enum Visibility { STAFF, APPLICANT }

  /** One stored record. */
  public record AuditEvent(long id, String caseKey, Instant at, String user, String action,
      String details, Visibility visibility) {}

  private static final int ACTION_MAX = 200;
  private static final int DETAILS_MAX = 4000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Clock clock;

  public AuditLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.clock = clock;
  }

  /** Records an internal action (staff only) on a case, in the caller's transaction. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void record(String caseKey, String user, String action, String details) {
    record(caseKey, user, action, details, Visibility.STAFF);
  }

  /** Records an action the applicant organisation of the case may also read. */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordForApplicant(String caseKey, String user, String action, String details) {
    record(caseKey, user, action, details, Visibility.APPLICANT);
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(String caseKey, String user, String action, String details,
      Visibility visibility) {
    Objects.requireNonNull(caseKey, "caseKey");
    Objects.requireNonNull(action, "action");
    jdbc.update("insert into audit_event (case_key, at, user_id, action, details, visibility)"
            + " values (?, ?, ?, ?, ?, ?)",
        caseKey, Timestamp.from(Instant.now(clock)), user, cut(action, ACTION_MAX),
        details == null ? null : cut(details, DETAILS_MAX), visibility.name());
  }

  /** The records of these case keys, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> events(Collection<String> caseKeys) {
    if (caseKeys.isEmpty()) {
      return List.of();
    }
    return named.query("select * from audit_event where case_key in (:keys) order by at, id",
        new MapSqlParameterSource("keys", caseKeys),
        (rs, i) -> new AuditEvent(rs.getLong("id"), rs.getString("case_key"),
            rs.getTimestamp("at").toInstant(), rs.getString("user_id"), rs.getString("action"),
            rs.getString("details"), Visibility.valueOf(rs.getString("visibility"))));
  }

  /**
   * The records of an application's case, oldest first: its own key, its change applications'
   * keys ({@code <n>-M<k>}) and the further keys given (e.g. the organisation's).
   */
  @Transactional(readOnly = true)
  public List<AuditEvent> eventsOfCase(String applicationNumber, Collection<String> otherKeys) {
    List<String> keys = new java.util.ArrayList<>(otherKeys);
    keys.add(applicationNumber);
    return named.query("select * from audit_event where case_key in (:keys)"
            + " or case_key like :changes order by at, id",
        new MapSqlParameterSource("keys", keys).addValue("changes", applicationNumber + "-M%"),
        (rs, i) -> new AuditEvent(rs.getLong("id"), rs.getString("case_key"),
            rs.getTimestamp("at").toInstant(), rs.getString("user_id"), rs.getString("action"),
            rs.getString("details"), Visibility.valueOf(rs.getString("visibility"))));
  }

  /** The records of one case key, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEvent> events(String caseKey) {
    return events(List.of(caseKey));
  }

  /** "Ehdotettu summa: 25 000,00 € → 20 000,00 €"; "(ei arvoa)" for a missing side. */
  public static String change(String label, Object oldValue, Object newValue) {
    return label + ": " + shown(oldValue) + " → " + shown(newValue);
  }

  private static String shown(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return "(ei arvoa)";
    }
    if (value instanceof BigDecimal amount) {
      return euros(amount);
    }
    return value.toString();
  }

  /** {@code 25000} → {@code "25 000,00 €"} with no-break spaces, as the pages show money. */
  public static String euros(BigDecimal amount) {
    return Euro.inFinnish(amount);
  }


  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
