package fi.avustukset.grant.obligation.process;

/**
 * Process variable names of {@code grant-report}: one instance per agreement year, started by
 * grant-agreement (call activity) with the business key = application number.
 */
public final class GrantReportVariables {

  public static final String PROCESS_KEY = "grant-report";

  // Passed in by grant-agreement.
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String APPLICANT_GROUP = "applicantGroup";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String PROJECT_NAME = "projectName";
  public static final String REPORT_YEAR = "reportYear";

  // Set by Task_ScheduleReport (and again when completion is requested).
  public static final String FINAL_REPORT = "finalReport";
  public static final String REPORT_KIND_NAME = "reportKindName";
  /**
   * Final report only: the page of the project's final report over all its years (issue 16;
   * the project's code is the application number), shown in the review task.
   */
  public static final String FINAL_REPORT_URL = "finalReportUrl";
  public static final String REPORT_PERIOD_START = "reportPeriodStart";
  public static final String REPORT_PERIOD_END = "reportPeriodEnd";
  /** ISO date shown in forms. */
  public static final String REPORT_DUE_DATE = "reportDueDate";
  /** Timer and task dates (java.util.Date, Europe/Helsinki start of day). */
  public static final String REPORT_OPENS_AT = "reportOpensAt";
  public static final String REPORT_DUE_AT = "reportDueAt";
  public static final String REPORT_REMIND_AT = "reportRemindAt";
  public static final String REPORT_LATE_AT = "reportLateAt";
  public static final String REPORT_ESCALATE_AT = "reportEscalateAt";
  /** Message shown to the applicant on the report task (reminders, completion requests). */
  public static final String REMINDER_NOTE = "reminderNote";
  /** Input of Task_RemindBeforeDue / Task_RemindAfterDue: {@code BEFORE_DUE} | {@code AFTER_DUE}. */
  public static final String REMINDER_STAGE = "reminderStage";

  // The applicant's report.
  public static final String USED_AMOUNT = "usedAmount";
  public static final String EVENT_COUNT = "eventCount";
  public static final String PARTICIPANT_COUNT = "participantCount";
  public static final String ACTIVITY_SUMMARY = "activitySummary";

  // The preparer's review and follow-up.
  /** {@code ACCEPTED} | {@code COMPLETION_REQUESTED} | {@code RECLAIM}. */
  public static final String REPORT_REVIEW = "reportReview";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String LATE_FOLLOW_UP_NOTE = "lateFollowUpNote";
  public static final String PAID_TOTAL = "paidTotal";
  public static final String SUGGESTED_RECLAIM_AMOUNT = "suggestedReclaimAmount";
  public static final String RECLAIM_AMOUNT = "reclaimAmount";
  public static final String RECLAIM_GROUNDS = "reclaimGrounds";
  public static final String RECLAIM_REASONS = "reclaimReasons";

  /** Priorities of the report task in Tasklist: normal, reminded, late, escalated. */
  public static final int PRIORITY_NORMAL = 50;
  public static final int PRIORITY_REMINDED = 70;
  public static final int PRIORITY_LATE = 90;
  public static final int PRIORITY_ESCALATED = 100;

  private GrantReportVariables() {}
}
