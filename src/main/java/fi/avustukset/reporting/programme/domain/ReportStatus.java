package fi.avustukset.reporting.programme.domain;

/** Where a project's annual report for a year stands (DOMAIN.md §7 E10, §8). */
public enum ReportStatus {
  /** Nothing recorded yet and the report is not yet due. */
  NOT_DUE("Ei vielä erääntynyt"),
  /** Recorded / submitted, not yet accepted. */
  SUBMITTED("Jätetty"),
  /** Due date passed and nothing recorded. */
  LATE("Myöhässä"),
  /** The preparer accepted the report. */
  ACCEPTED("Hyväksytty");

  private final String finnish;

  ReportStatus(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
