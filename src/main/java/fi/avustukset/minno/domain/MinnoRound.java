package fi.avustukset.minno.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A MINNO round (semester), keyed by its round code, e.g. {@code MINNO-2023-1}. */
@Entity
@Table(name = "minno_round")
public class MinnoRound {

  @Id
  @Column(name = "round_code")
  private String roundCode;

  private String name;

  private int capacity;

  @Column(name = "registration_opens")
  private LocalDate registrationOpens;

  @Column(name = "registration_closes")
  private LocalDate registrationCloses;

  @Column(name = "stea_deadline")
  private LocalDate steaDeadline;

  @Column(name = "stea_overlap_warning")
  private String steaOverlapWarning;

  @Enumerated(EnumType.STRING)
  private RoundStatus status;

  @Column(name = "student_count")
  private Integer studentCount;

  @Column(name = "student_teams")
  private Integer studentTeams;

  @Column(name = "student_awards")
  private Boolean studentAwards;

  @Column(name = "selection_note")
  private String selectionNote;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected MinnoRound() {}

  public MinnoRound(String roundCode, String name, int capacity, LocalDate registrationOpens,
      LocalDate registrationCloses, LocalDate steaDeadline, String createdBy, Instant now) {
    this.roundCode = roundCode;
    this.name = name;
    this.capacity = capacity;
    this.registrationOpens = registrationOpens;
    this.registrationCloses = registrationCloses;
    this.steaDeadline = steaDeadline;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.status = RoundStatus.PLANNED;
  }

  public String getRoundCode() { return roundCode; }
  public String getName() { return name; }
  public int getCapacity() { return capacity; }
  public LocalDate getRegistrationOpens() { return registrationOpens; }
  public LocalDate getRegistrationCloses() { return registrationCloses; }
  public LocalDate getSteaDeadline() { return steaDeadline; }
  public String getSteaOverlapWarning() { return steaOverlapWarning; }
  public RoundStatus getStatus() { return status; }
  public Integer getStudentCount() { return studentCount; }
  public Integer getStudentTeams() { return studentTeams; }
  public Boolean getStudentAwards() { return studentAwards; }
  public String getSelectionNote() { return selectionNote; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getClosedAt() { return closedAt; }

  public boolean acceptsRegistrations() {
    return status == RoundStatus.REGISTRATION_OPEN;
  }

  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public void setSteaOverlapWarning(String warning) { this.steaOverlapWarning = warning; }
  public void setSelectionNote(String note) { this.selectionNote = note; }
  public void setStudentAwards(Boolean awards) { this.studentAwards = awards; }

  public void moveWindow(LocalDate opens, LocalDate closes) {
    this.registrationOpens = opens;
    this.registrationCloses = closes;
  }

  public void recordCourse(Integer students, Integer teams) {
    this.studentCount = students;
    this.studentTeams = teams;
  }

  public void changeStatus(RoundStatus status, Instant now) {
    this.status = status;
    if (status == RoundStatus.CLOSED || status == RoundStatus.CANCELLED) {
      this.closedAt = now;
    }
  }
}
