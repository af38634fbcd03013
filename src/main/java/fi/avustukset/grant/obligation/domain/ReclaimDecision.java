package fi.avustukset.grant.obligation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A reclaim decision (takaisinperintäpäätös) on an agreement: amount ≤ paid, with reasons. */
@Entity
@Table(name = "reclaim_decision")
public class ReclaimDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "report_year")
  private int reportYear;

  private BigDecimal amount;

  /** What had been paid when the decision was made. */
  @Column(name = "paid_total")
  private BigDecimal paidTotal;

  /** Comma-separated {@link ReclaimGround} codes. */
  private String grounds;

  private String reasons;

  /** Date by which the organisation repays. */
  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_date")
  private LocalDate decidedDate;

  protected ReclaimDecision() {}

  ReclaimDecision(String applicationNumber, int reportYear, BigDecimal amount,
      BigDecimal paidTotal, String grounds, String reasons, LocalDate dueDate, String decidedBy,
      LocalDate decidedDate) {
    this.applicationNumber = applicationNumber;
    this.reportYear = reportYear;
    this.amount = amount;
    this.paidTotal = paidTotal;
    this.grounds = grounds;
    this.reasons = reasons;
    this.dueDate = dueDate;
    this.decidedBy = decidedBy;
    this.decidedDate = decidedDate;
  }

  public Long getId() { return id; }
  public String getApplicationNumber() { return applicationNumber; }
  public int getReportYear() { return reportYear; }
  public BigDecimal getAmount() { return amount; }
  public BigDecimal getPaidTotal() { return paidTotal; }
  public String getGrounds() { return grounds; }
  public String getReasons() { return reasons; }
  public LocalDate getDueDate() { return dueDate; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDate getDecidedDate() { return decidedDate; }
}
