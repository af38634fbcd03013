package fi.avustukset.reporting.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Totals a project reported for a year (seed 004: "5740 participants"), kept as reported —
 * the annual report compares them with the sums of the recorded events and flags any
 * difference; nothing is corrected.
 */
@Entity
@Table(name = "activity_year_figures")
public class YearFigures {

  /** Project and year. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "project_code")
    private String projectCode;
    @Column(name = "report_year")
    private int year;

    protected Key() {}

    public Key(String projectCode, int year) {
      this.projectCode = projectCode;
      this.year = year;
    }

    public String projectCode() { return projectCode; }
    public int year() { return year; }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.year == year && Objects.equals(k.projectCode, projectCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(projectCode, year);
    }
  }

  @EmbeddedId
  private Key key;

  @Column(name = "reported_participant_total")
  private Integer reportedParticipantTotal;

  @Column(name = "reported_event_count")
  private Integer reportedEventCount;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected YearFigures() {}

  public YearFigures(String projectCode, int year) {
    this.key = new Key(projectCode, year);
  }

  public void update(Integer participantTotal, Integer eventCount, Instant now) {
    this.reportedParticipantTotal = participantTotal;
    this.reportedEventCount = eventCount;
    this.updatedAt = now;
  }

  public Key getKey() { return key; }
  public Integer getReportedParticipantTotal() { return reportedParticipantTotal; }
  public Integer getReportedEventCount() { return reportedEventCount; }
  public Instant getUpdatedAt() { return updatedAt; }
}
