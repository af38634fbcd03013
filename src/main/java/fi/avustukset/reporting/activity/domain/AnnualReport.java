package fi.avustukset.reporting.activity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The annual report of a funded project (CONTRACT.md "Activity events: import and annual
 * report", DOMAIN.md §8). Computed figures come from the recorded events; figures the project
 * reported as totals are shown beside them and every disagreement is listed in
 * {@code discrepancies} — never corrected.
 */
public record AnnualReport(
    String projectCode,
    String projectName,
    String organizationName,
    String programmeCode,
    int year,
    int eventCount,
    Map<String, Integer> eventsByType,
    Map<String, Integer> goalLevelCount,
    Map<String, BigDecimal> goalLevelShare,
    Map<String, Integer> organizerRoleCount,
    Map<String, BigDecimal> organizerRoleShare,
    Participants participantsBySector,
    int participantTotal,
    Integer reportedParticipantTotal,
    Integer reportedEventCount,
    Map<String, Integer> eventsByHeading,
    Map<String, String> headingNames,
    Map<String, Integer> eventsByPartner,
    int unclassifiedEventCount,
    Contacts contacts,
    Map<String, FeedbackMean> feedbackByGoalLevel,
    List<SurveyResult> surveys,
    List<Discrepancy> discrepancies) {

  public record Participants(int officials, int electedOfficials, int ngoRepresentatives,
      int privateSector) {}

  /** Contacts of the periods that start in the year, summed. */
  public record Contacts(int periods, int phoneCalls, int textMessages, int networkEmails,
      int personalEmails, int total, Map<String, BigDecimal> targetSectorShare,
      List<ContactFigures> byPeriod) {}

  /** Mean rating 1–5 (two decimals) and the number of ratings behind it. */
  public record FeedbackMean(int responses, BigDecimal mean) {}

  /** A reported figure that disagrees with what the records add up to. */
  public record Discrepancy(String figure, BigDecimal reported, BigDecimal computed,
      BigDecimal difference, String message) {}

  public LocalDate from() {
    return LocalDate.of(year, 1, 1);
  }

  public LocalDate to() {
    return LocalDate.of(year, 12, 31);
  }
}
