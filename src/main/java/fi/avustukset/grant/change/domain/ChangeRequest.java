package fi.avustukset.grant.change.domain;

import fi.avustukset.grant.agreement.domain.BudgetLine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One change application to a signed agreement, keyed by its change number
 * {@code <application number>-M<k>} (also the business key of grant-change).
 */
@Entity
@Table(name = "grant_change")
public class ChangeRequest {

  @Id
  @Column(name = "change_number")
  private String changeNumber;

  @Column(name = "application_number")
  private String applicationNumber;

  private int seq;

  @Enumerated(EnumType.STRING)
  private ChangeKind kind;

  private String reason;

  @Column(name = "content_description")
  private String contentDescription;

  /** The agreement's last day when the change was filed (what a refusal leaves). */
  @Column(name = "current_end_date")
  private LocalDate currentEndDate;

  @Column(name = "new_end_date")
  private LocalDate newEndDate;

  /** The last day the decision-maker accepted (at most what was asked; null until accepted). */
  @Column(name = "approved_end_date")
  private LocalDate approvedEndDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grant_change_budget_line",
      joinColumns = @JoinColumn(name = "change_number"))
  @OrderColumn(name = "line_no")
  private List<BudgetLine> budgetLines = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private ChangeStatus status;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "assessed_by")
  private String assessedBy;

  private String recommendation;

  private String assessment;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected ChangeRequest() {}

  ChangeRequest(String applicationNumber, int seq, ChangeKind kind, String reason,
      String contentDescription, LocalDate currentEndDate, LocalDate newEndDate,
      List<BudgetLine> budgetLines, String submittedBy, Instant now) {
    this.changeNumber = number(applicationNumber, seq);
    this.applicationNumber = applicationNumber;
    this.seq = seq;
    this.kind = kind;
    this.reason = reason;
    this.contentDescription = contentDescription;
    this.currentEndDate = currentEndDate;
    this.newEndDate = newEndDate;
    this.budgetLines.addAll(budgetLines);
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.status = ChangeStatus.SUBMITTED;
  }

  /** {@code 2027-TI-1-0007} and 2 → {@code 2027-TI-1-0007-M2}. */
  public static String number(String applicationNumber, int seq) {
    return applicationNumber + "-M" + seq;
  }

  void assess(String userId, String recommendation, String assessment) {
    this.assessedBy = userId;
    this.recommendation = recommendation;
    this.assessment = assessment;
  }

  void decide(ChangeStatus outcome, String userId, String reason, LocalDate approvedEnd,
      Instant now) {
    this.status = outcome;
    this.approvedEndDate = approvedEnd;
    this.decidedBy = userId;
    this.decisionReason = reason;
    this.decidedAt = now;
  }

  void applied(Instant now) {
    this.appliedAt = now;
  }

  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  public String getChangeNumber() { return changeNumber; }
  public String getApplicationNumber() { return applicationNumber; }
  public int getSeq() { return seq; }
  public ChangeKind getKind() { return kind; }
  public String getReason() { return reason; }
  public String getContentDescription() { return contentDescription; }
  public LocalDate getCurrentEndDate() { return currentEndDate; }
  public LocalDate getNewEndDate() { return newEndDate; }
  public LocalDate getApprovedEndDate() { return approvedEndDate; }
  public List<BudgetLine> getBudgetLines() { return List.copyOf(budgetLines); }
  public ChangeStatus getStatus() { return status; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getAssessedBy() { return assessedBy; }
  public String getRecommendation() { return recommendation; }
  public String getAssessment() { return assessment; }
  public String getDecidedBy() { return decidedBy; }
  public String getDecisionReason() { return decisionReason; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getAppliedAt() { return appliedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
