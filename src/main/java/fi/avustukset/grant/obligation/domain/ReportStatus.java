package fi.avustukset.grant.obligation.domain;

/** Status of one report of the reporting obligation (E10). */
public enum ReportStatus {
  /** The obligation is open: the year is running or the report is not yet due. */
  DUE,
  /** The applicant has submitted it; the preparer reviews it. */
  SUBMITTED,
  /** Its due date (or completion deadline) passed without a report. */
  LATE,
  /** The preparer accepted it. */
  ACCEPTED,
  /** The preparer asked the applicant to complete it. */
  COMPLETION_REQUESTED
}
