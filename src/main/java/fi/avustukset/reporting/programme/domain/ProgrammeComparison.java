package fi.avustukset.reporting.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The funded projects of one programme side by side for a year (seed 001: the coordinator
 * sees all projects' reports together).
 */
public record ProgrammeComparison(String programmeCode, int year, int projectCount,
    Map<String, Integer> statusCounts, Totals totals, List<ProjectRow> projects) {

  public record ProjectRow(String projectCode, String name, String organizationName,
      ReportStatus status, int eventCount, Map<String, Integer> eventsByType,
      Map<String, BigDecimal> goalLevelShare, Map<String, BigDecimal> organizerRoleShare,
      int participantTotal, Integer reportedParticipantTotal, int discrepancyCount,
      Map<String, BigDecimal> feedbackMeanByGoalLevel) {}

  public record Totals(int eventCount, Map<String, Integer> eventsByType, int participantTotal) {}
}
