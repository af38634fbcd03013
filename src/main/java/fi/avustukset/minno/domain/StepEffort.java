package fi.avustukset.minno.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Planned and actual coordinator effort of one step of one round (DOMAIN.md §10). */
@Entity
@Table(name = "minno_step_effort")
public class StepEffort {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_code")
  private String roundCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "step_code")
  private MinnoStep step;

  @Column(name = "step_number")
  private int stepNumber;

  @Column(name = "planned_days")
  private BigDecimal plannedDays;

  @Column(name = "actual_days")
  private BigDecimal actualDays;

  private String note;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected StepEffort() {}

  public StepEffort(String roundCode, MinnoStep step) {
    this.roundCode = roundCode;
    this.step = step;
    this.stepNumber = step.number();
    this.plannedDays = step.plannedDays();
  }

  public void complete(BigDecimal actualDays, String note, String by, Instant now) {
    this.actualDays = actualDays;
    this.note = note;
    this.completedBy = by;
    this.completedAt = now;
  }

  public Long getId() { return id; }
  void setId(Long id) { this.id = id; }
  public String getRoundCode() { return roundCode; }
  public MinnoStep getStep() { return step; }
  public int getStepNumber() { return stepNumber; }
  public BigDecimal getPlannedDays() { return plannedDays; }
  public BigDecimal getActualDays() { return actualDays; }
  public String getNote() { return note; }
  public String getCompletedBy() { return completedBy; }
  public Instant getCompletedAt() { return completedAt; }
}
