package fi.avustukset.reporting.finalreport.domain;

import fi.avustukset.reporting.activity.domain.AnnualReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The final report of a funded project across its years (CONTRACT.md "Final report of a funded
 * project", issue 16, seed 004): one entry per period with what the annual report holds, the
 * totals over the period, every discrepancy of every year (as reported, never corrected), the
 * surveys grouped by phase and audience, mid-term against final, and the staff's
 * self-assessment means as a series.
 */
public record FinalReport(
    String projectCode,
    String projectName,
    String organizationName,
    String programmeCode,
    String applicationNumber,
    Integer from,
    Integer to,
    List<Period> periods,
    Totals totals,
    List<Discrepancy> discrepancies,
    Map<String, Map<String, List<SurveySummary>>> surveys,
    List<SurveyComparison> surveyComparison,
    List<SelfAssessment> selfAssessments) {

  /**
   * One year (the first may be a part year: {@code partYear}, {@code periodStart} the first
   * recorded day, as seed 004's autumn 2017).
   */
  public record Period(
      int year,
      LocalDate periodStart,
      LocalDate periodEnd,
      boolean partYear,
      int eventCount,
      Integer reportedEventCount,
      Map<String, Integer> eventsByType,
      Map<String, Integer> goalLevelCount,
      Map<String, BigDecimal> goalLevelShare,
      Map<String, Integer> organizerRoleCount,
      Map<String, BigDecimal> organizerRoleShare,
      AnnualReport.Participants participantsBySector,
      int participantTotal,
      Integer reportedParticipantTotal,
      AnnualReport.Contacts contacts,
      Map<String, AnnualReport.FeedbackMean> feedbackByGoalLevel,
      List<AnnualReport.Discrepancy> discrepancies) {}

  /**
   * Sums over the periods. {@code reportedEventCount} / {@code reportedParticipantTotal} are
   * the sums of what the project reported, null unless every period reported one. Feedback
   * means are the periods' means weighted by their responses.
   */
  public record Totals(
      int periodCount,
      int eventCount,
      Integer reportedEventCount,
      int participantTotal,
      Integer reportedParticipantTotal,
      Map<String, Integer> eventsByType,
      AnnualReport.Participants participantsBySector,
      Map<String, Integer> goalLevelCount,
      Map<String, BigDecimal> goalLevelShare,
      Map<String, Integer> organizerRoleCount,
      Map<String, BigDecimal> organizerRoleShare,
      ContactTotals contacts,
      Map<String, AnnualReport.FeedbackMean> feedbackByGoalLevel) {}

  public record ContactTotals(int phoneCalls, int textMessages, int networkEmails,
      int personalEmails, int total) {}

  /** A discrepancy of one year's annual report. */
  public record Discrepancy(int year, String figure, BigDecimal reported, BigDecimal computed,
      BigDecimal difference, String message) {}

  /** A survey with the mean of its statements' means (two decimals). */
  public record SurveySummary(String code, String name, String audience, String phase,
      LocalDate conductedOn, int year, Integer invited, int respondents, BigDecimal mean,
      List<Statement> statements) {}

  public record Statement(String text, BigDecimal mean, Integer responses) {}

  /**
   * The n-th mid-term survey of an audience against its n-th final survey (by date, then code),
   * statement by statement in order.
   */
  public record SurveyComparison(String audience, String midTermCode, String midTermName,
      BigDecimal midTermMean, String finalCode, String finalName, BigDecimal finalMean,
      List<StatementComparison> statements) {}

  public record StatementComparison(String text, String midTermText, BigDecimal midTermMean,
      BigDecimal finalMean) {}

  /** One staff self-assessment (audience STAFF): the mean of its statements. */
  public record SelfAssessment(int year, LocalDate conductedOn, String surveyCode, String name,
      String phase, int statementCount, int respondents, BigDecimal mean) {}
}
