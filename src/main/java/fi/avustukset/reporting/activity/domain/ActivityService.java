package fi.avustukset.reporting.activity.domain;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.reporting.project.domain.FundedProject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity records of funded projects (DOMAIN.md §8): imports events from CSV (all or
 * nothing, idempotent by the events' natural keys), takes single events from the form,
 * keeps the totals a project reported for a year, and computes the annual report.
 * Access is checked by the callers (web layer, {@code ProjectAccess}).
 */
@Service
@Transactional
public class ActivityService {

  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;

  private final ActivityEventRepository events;
  private final YearFiguresRepository yearFigures;
  private final EvaluationRecords evaluation;
  private final ObjectProvider<ActivityTerms> terms;
  private final Clock clock;
  private final JdbcTemplate jdbc;

  @PersistenceContext
  private EntityManager entityManager;

  public ActivityService(ActivityEventRepository events, YearFiguresRepository yearFigures,
      EvaluationRecords evaluation, ObjectProvider<ActivityTerms> terms, Clock clock,
      JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.events = events;
    this.yearFigures = yearFigures;
    this.evaluation = evaluation;
    this.terms = terms;
    this.clock = clock;
  }

  /** What an import did: rows read, events created, updated (a corrected row), unchanged. */
  public record ImportResult(int rows, int created, int updated, int unchanged) {}

  /**
   * Imports the CSV of CONTRACT.md, streamed: rows are validated and written in chunks of
   * {@value #CHUNK} as they are read, so memory stays bounded whatever the file's size. On any
   * bad row a {@link CsvImportException} lists them and the transaction rolls back: nothing is
   * written (all or nothing). Events are matched by {@link EventRecord#naturalKey(int)}: a row
   * already imported is left alone (or updated when its counts, levels, role or term were
   * corrected), so re-importing the same file creates nothing.
   */
  public ImportResult importCsv(FundedProject project, InputStream body) {
    Chunks chunks = new Chunks(project.getProjectCode(), Instant.now(clock));
    Map<String, Boolean> knownTerms = new HashMap<>();
    try {
      int rows = ActivityEventCsv.read(body, code -> knownTerms.computeIfAbsent(code,
          this::termExists), chunks::add);
      chunks.flush();
      return new ImportResult(rows, chunks.created, chunks.updated, chunks.unchanged);
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("Samaa projektia tuotiin samanaikaisesti; yritä uudelleen");
    }
  }

  /** Imports a file held in memory; see {@link #importCsv(FundedProject, InputStream)}. */
  public ImportResult importCsv(FundedProject project, byte[] body) {
    return importCsv(project, new ByteArrayInputStream(body == null ? new byte[0] : body));
  }

  static final int CHUNK = 500;

  private static final String INSERT = "insert into activity_event (project_code, natural_key,"
      + " event_date, event_type, goal_levels, organizer_role, officials, elected_officials,"
      + " ngo_representatives, private_sector, title, term_code, source, created_at, updated_at)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * The ids of a project's events with the given natural keys (BENCHMARKS.md "Big imports").
   * One unique-index probe per key: the lateral subquery (kept apart by its {@code limit}) has
   * both columns of {@code uq_activity_event_key} as equalities, so the planner takes that index
   * whatever the statistics say. The plain {@code project_code = ? and natural_key in (…)} was
   * planned on {@code ix_activity_event_project_date} with the stale estimate of a table that
   * grew inside the import's transaction, and read every event of the project per chunk.
   */
  private static final String EXISTING_IDS = "select e.id from unnest(?) as k(natural_key)"
      + " cross join lateral (select a.id from activity_event a where a.project_code = ?"
      + " and a.natural_key = k.natural_key limit 1) e";

  /**
   * The rows of one import, written {@value #CHUNK} at a time: existing events looked up by
   * their keys (not at all when the project had no events when the import began: a file's keys
   * are distinct, so nothing can match), new ones inserted in one JDBC batch (the table's
   * identity key keeps Hibernate from batching), corrected ones updated through JPA; then the
   * persistence context is cleared. Only the occurrence count per event identity grows with
   * the file.
   */
  private final class Chunks {
    final String projectCode;
    final Instant now;
    final boolean hadEvents;
    final Map<String, Integer> occurrences = new HashMap<>();
    final List<EventRecord> pending = new ArrayList<>();
    int created;
    int updated;
    int unchanged;

    Chunks(String projectCode, Instant now) {
      this.projectCode = projectCode;
      this.now = now;
      this.hadEvents = Boolean.TRUE.equals(jdbc.queryForObject(
          "select exists (select 1 from activity_event where project_code = ?)", Boolean.class,
          projectCode));
    }

    List<ActivityEvent> existing(Collection<String> keys) {
      if (!hadEvents) {
        return List.of();
      }
      List<Long> ids = jdbc.query(con -> {
        PreparedStatement statement = con.prepareStatement(EXISTING_IDS);
        statement.setArray(1, con.createArrayOf("varchar", keys.toArray()));
        statement.setString(2, projectCode);
        return statement;
      }, (rs, i) -> rs.getLong(1));
      return ids.isEmpty() ? List.of() : events.findAllById(ids);
    }

    void add(ActivityEventCsv.Row row) {
      pending.add(row.event());
      if (pending.size() >= CHUNK) {
        flush();
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      Map<String, EventRecord> byKey = new LinkedHashMap<>();
      for (EventRecord record : pending) {
        int occurrence = occurrences.merge(record.identity(), 1, Integer::sum);
        byKey.put(record.naturalKey(occurrence), record);
      }
      Map<String, ActivityEvent> existing = new HashMap<>();
      existing(byKey.keySet()).forEach(e -> existing.put(e.getNaturalKey(), e));
      List<Object[]> inserts = new ArrayList<>();
      Timestamp at = Timestamp.from(now);
      byKey.forEach((key, record) -> {
        ActivityEvent event = existing.get(key);
        if (event == null) {
          inserts.add(new Object[] {projectCode, key, record.date(), record.type().name(),
              ActivityEvent.goalLevelCodes(record.goalLevels()), record.organizerRole().name(),
              record.officials(), record.electedOfficials(), record.ngoRepresentatives(),
              record.privateSector(), record.title(), record.termCode(),
              ActivityEvent.Source.CSV.name(), at, at});
          created++;
        } else if (event.apply(record, now)) {
          updated++;
        } else {
          unchanged++;
        }
      });
      entityManager.flush();
      entityManager.clear();
      if (!inserts.isEmpty()) {
        jdbc.batchUpdate(INSERT, inserts);
      }
      pending.clear();
    }
  }

  /** One event entered through the form; refused (409) if the same event is already there. */
  public ActivityEvent addEvent(FundedProject project, EventRecord record) {
    if (record.termCode() != null && !termExists(record.termCode())) {
      throw new InvalidInputException("term", "tuntematon toimintaluokituksen termi");
    }
    String key = record.naturalKey(1);
    if (events.existsByProjectCodeAndNaturalKey(project.getProjectCode(), key)) {
      throw new ConflictException("Tapahtuma " + record.date() + " " + record.title()
          + " on jo kirjattu");
    }
    Instant now = Instant.now(clock);
    ActivityEvent event = new ActivityEvent(project.getProjectCode(), key,
        ActivityEvent.Source.FORM, now);
    event.apply(record, now);
    return events.saveAndFlush(event);
  }

  @Transactional(readOnly = true)
  public List<ActivityEvent> events(FundedProject project, int year) {
    checkYear(year);
    return events.findByProjectCodeAndDateBetweenOrderByDateAscIdAsc(project.getProjectCode(),
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Records the totals the project reported for the year (null clears one). */
  public YearFigures saveYearFigures(FundedProject project, int year, Integer participantTotal,
      Integer eventCount) {
    checkYear(year);
    if (participantTotal != null && (participantTotal < 0 || participantTotal > 10_000_000)) {
      throw new InvalidInputException("reportedParticipantTotal", "0–10 000 000");
    }
    if (eventCount != null && (eventCount < 0 || eventCount > 1_000_000)) {
      throw new InvalidInputException("reportedEventCount", "0–1 000 000");
    }
    YearFigures figures = yearFigures.findById(new YearFigures.Key(project.getProjectCode(), year))
        .orElseGet(() -> new YearFigures(project.getProjectCode(), year));
    figures.update(participantTotal, eventCount, Instant.now(clock));
    return yearFigures.save(figures);
  }

  private static final String YEAR_RECORDS = "select event_date, event_type, goal_levels,"
      + " organizer_role, officials, elected_officials, ngo_representatives, private_sector,"
      + " title, term_code from activity_event where project_code = ? and event_date between ?"
      + " and ?";

  @Transactional(readOnly = true)
  public AnnualReport annualReport(FundedProject project, int year) {
    checkYear(year);
    // Read as plain rows (BENCHMARKS.md "Big imports"): a year may hold 100,000 events, which
    // as entities cost most of the report's time; the figures do not depend on their order.
    List<EventRecord> records = jdbc.query(YEAR_RECORDS, (rs, i) -> new EventRecord(
        rs.getObject("event_date", LocalDate.class), EventType.valueOf(rs.getString("event_type")),
        ActivityEvent.goalLevels(rs.getString("goal_levels")),
        OrganizerRole.valueOf(rs.getString("organizer_role")), rs.getInt("officials"),
        rs.getInt("elected_officials"), rs.getInt("ngo_representatives"),
        rs.getInt("private_sector"), rs.getString("title"), rs.getString("term_code")),
        project.getProjectCode(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    YearFigures figures = yearFigures.findById(new YearFigures.Key(project.getProjectCode(), year))
        .orElse(null);
    ActivityTerms lookup = terms.getIfAvailable();
    return AnnualReportCalculator.compute(new AnnualReportCalculator.Inputs(
        project.getProjectCode(), project.getName(), project.getOrganizationName(),
        project.getProgrammeCode(), year, records,
        figures == null ? null : figures.getReportedParticipantTotal(),
        figures == null ? null : figures.getReportedEventCount(),
        evaluation.contacts(project.getProjectCode(), year),
        evaluation.feedback(project.getProjectCode(), year),
        evaluation.surveys(project.getProjectCode(), year),
        lookup == null ? code -> null : lookup::info));
  }

  /** Whether anything was recorded for the year (events or reported totals). */
  @Transactional(readOnly = true)
  public boolean hasRecords(String projectCode, int year) {
    return events.countByProjectCodeAndDateBetween(projectCode, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)) > 0
        || yearFigures.existsById(new YearFigures.Key(projectCode, year));
  }

  public static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException("year", "vuosi " + MIN_YEAR + "–" + MAX_YEAR);
    }
  }

  private boolean termExists(String code) {
    ActivityTerms lookup = terms.getIfAvailable();
    return lookup != null && lookup.exists(code);
  }
}
