package fi.avustukset.reporting.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A recorded activity event of a funded project (DOMAIN.md §8). */
@Entity
@Table(name = "activity_event")
public class ActivityEvent {

  /** How an event came in. */
  public enum Source { CSV, FORM }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_code")
  private String projectCode;

  @Column(name = "natural_key")
  private String naturalKey;

  @Column(name = "event_date")
  private LocalDate date;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type")
  private EventType type;

  @Column(name = "goal_levels")
  private String goalLevels;

  @Enumerated(EnumType.STRING)
  @Column(name = "organizer_role")
  private OrganizerRole organizerRole;

  private int officials;

  @Column(name = "elected_officials")
  private int electedOfficials;

  @Column(name = "ngo_representatives")
  private int ngoRepresentatives;

  @Column(name = "private_sector")
  private int privateSector;

  private String title;

  @Column(name = "term_code")
  private String termCode;

  @Enumerated(EnumType.STRING)
  private Source source;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ActivityEvent() {}

  public ActivityEvent(String projectCode, String naturalKey, Source source, Instant now) {
    this.projectCode = projectCode;
    this.naturalKey = naturalKey;
    this.source = source;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the values of the record; answers whether anything changed. */
  public boolean apply(EventRecord r, Instant now) {
    EventRecord before = id == null ? null : toRecord();
    this.date = r.date();
    this.type = r.type();
    this.goalLevels = goalLevelCodes(r.goalLevels());
    this.organizerRole = r.organizerRole();
    this.officials = r.officials();
    this.electedOfficials = r.electedOfficials();
    this.ngoRepresentatives = r.ngoRepresentatives();
    this.privateSector = r.privateSector();
    this.title = r.title();
    this.termCode = r.termCode();
    boolean changed = !r.equals(before);
    if (changed) {
      this.updatedAt = now;
    }
    return changed;
  }

  /** The stored form of the goal levels: their codes sorted, ';'-separated. */
  static String goalLevelCodes(Set<GoalLevel> levels) {
    return levels.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
  }

  /** The goal levels of their stored form ({@link #goalLevelCodes}). */
  static Set<GoalLevel> goalLevels(String codes) {
    Set<GoalLevel> levels = EnumSet.noneOf(GoalLevel.class);
    if (codes != null && !codes.isEmpty()) {
      Arrays.stream(codes.split(";")).map(GoalLevel::valueOf).forEach(levels::add);
    }
    return levels;
  }

  public EventRecord toRecord() {
    return new EventRecord(date, type, goalLevels(goalLevels), organizerRole, officials,
        electedOfficials, ngoRepresentatives, privateSector, title, termCode);
  }

  public Long getId() { return id; }
  public String getProjectCode() { return projectCode; }
  public String getNaturalKey() { return naturalKey; }
  public LocalDate getDate() { return date; }
  public Source getSource() { return source; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
}
