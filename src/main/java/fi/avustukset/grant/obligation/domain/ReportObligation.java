package fi.avustukset.grant.obligation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One report of the reporting obligation (E10): an agreement year's report or the final one. */
@Entity
@Table(name = "agreement_report")
public class ReportObligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "report_year")
  private int year;

  @Column(name = "final_report")
  private boolean finalReport;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "completion_due_date")
  private LocalDate completionDueDate;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  /** True once the report has been late, even if it was submitted afterwards. */
  private boolean late;

  @Column(name = "submitted_date")
  private LocalDate submittedDate;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "accepted_date")
  private LocalDate acceptedDate;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "used_amount")
  private BigDecimal usedAmount;

  @Column(name = "event_count")
  private Integer eventCount;

  @Column(name = "participant_count")
  private Integer participantCount;

  @Column(name = "activity_summary")
  private String activitySummary;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "reminder_count")
  private int reminderCount;

  @Column(name = "last_reminder_date")
  private LocalDate lastReminderDate;

  @Column(name = "completion_count")
  private int completionCount;

  protected ReportObligation() {}

  ReportObligation(String applicationNumber, ReportSchedule.Entry entry) {
    this.applicationNumber = applicationNumber;
    this.year = entry.year();
    this.finalReport = entry.finalReport();
    this.periodStart = entry.periodStart();
    this.periodEnd = entry.periodEnd();
    this.dueDate = entry.dueDate();
    this.status = ReportStatus.DUE;
  }

  /** The deadline the applicant currently works to: the completion deadline if one is set. */
  public LocalDate currentDueDate() {
    return completionDueDate != null ? completionDueDate : dueDate;
  }

  /** The final report's period is extended (ReportSchedule.extendedFinal). */
  void reschedule(ReportSchedule.Entry entry) {
    this.periodEnd = entry.periodEnd();
    this.dueDate = entry.dueDate();
  }

  ReportSchedule.Entry entry() {
    return new ReportSchedule.Entry(year, finalReport, periodStart, periodEnd, dueDate);
  }

  void remind(LocalDate today) {
    this.reminderCount++;
    this.lastReminderDate = today;
  }

  /** Late only while the applicant still owes the report. */
  boolean markLate() {
    if (status == ReportStatus.DUE || status == ReportStatus.COMPLETION_REQUESTED) {
      this.status = ReportStatus.LATE;
      this.late = true;
      return true;
    }
    return false;
  }

  void submit(BigDecimal usedAmount, int eventCount, int participantCount, String summary,
      String userId, LocalDate today) {
    this.usedAmount = usedAmount;
    this.eventCount = eventCount;
    this.participantCount = participantCount;
    this.activitySummary = summary;
    this.submittedBy = userId;
    this.submittedDate = today;
    this.status = ReportStatus.SUBMITTED;
  }

  void accept(String userId, String comment, LocalDate today) {
    this.reviewedBy = userId;
    this.reviewComment = comment;
    this.acceptedDate = today;
    this.status = ReportStatus.ACCEPTED;
  }

  void requestCompletion(String userId, String comment, LocalDate completionDue) {
    this.reviewedBy = userId;
    this.reviewComment = comment;
    this.completionDueDate = completionDue;
    this.completionCount++;
    this.status = ReportStatus.COMPLETION_REQUESTED;
  }

  public Long getId() { return id; }
  public String getApplicationNumber() { return applicationNumber; }
  public int getYear() { return year; }
  public boolean isFinalReport() { return finalReport; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public LocalDate getDueDate() { return dueDate; }
  public LocalDate getCompletionDueDate() { return completionDueDate; }
  public ReportStatus getStatus() { return status; }
  public boolean isLate() { return late; }
  public LocalDate getSubmittedDate() { return submittedDate; }
  public String getSubmittedBy() { return submittedBy; }
  public LocalDate getAcceptedDate() { return acceptedDate; }
  public String getReviewedBy() { return reviewedBy; }
  public BigDecimal getUsedAmount() { return usedAmount; }
  public Integer getEventCount() { return eventCount; }
  public Integer getParticipantCount() { return participantCount; }
  public String getActivitySummary() { return activitySummary; }
  public String getReviewComment() { return reviewComment; }
  public int getReminderCount() { return reminderCount; }
  public LocalDate getLastReminderDate() { return lastReminderDate; }
  public int getCompletionCount() { return completionCount; }
}
