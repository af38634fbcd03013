package fi.avustukset.reporting.programme.domain;

import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.EventType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programme view (seed 001, DOMAIN.md §8): a registered programme ({@link ProgrammeRegistry})
 * groups funded projects by their {@code programme_code}; this lists the programmes with their
 * projects count and compares their projects' annual figures and report status.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

  private final ProjectService projects;
  private final ActivityService activity;
  private final ReportStatusProvider statuses;
  private final ProgrammeRegistry registry;

  public ProgrammeService(ProjectService projects, ActivityService activity,
      ReportStatusProvider statuses, ProgrammeRegistry registry) {
    this.registry = registry;
    this.projects = projects;
    this.activity = activity;
    this.statuses = statuses;
  }

  /** A registered programme with the number of its projects. */
  public record ProgrammeSummary(Programme programme, long projectCount) {}

  /** Every registered programme (code order) with its projects count. */
  public List<ProgrammeSummary> programmes() {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (FundedProject p : projects.all()) {
      if (p.getProgrammeCode() != null) {
        counts.merge(p.getProgrammeCode(), 1L, Long::sum);
      }
    }
    return registry.all().stream()
        .map(p -> new ProgrammeSummary(p, counts.getOrDefault(p.getCode(), 0L))).toList();
  }

  /** 404 (Finnish) for a programme not in the registry, or one without projects. */
  public ProgrammeComparison compare(String programmeCode, int year) {
    ActivityService.checkYear(year);
    registry.get(programmeCode);
    List<FundedProject> members = projects.ofProgramme(programmeCode);
    if (members.isEmpty()) {
      throw new NotFoundException("Ohjelmassa " + programmeCode + " ei ole projekteja");
    }
    List<ProgrammeComparison.ProjectRow> rows = new ArrayList<>();
    Map<String, Integer> statusCounts = new LinkedHashMap<>();
    for (ReportStatus s : ReportStatus.values()) {
      statusCounts.put(s.name(), 0);
    }
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType t : EventType.values()) {
      byType.put(t.name(), 0);
    }
    int events = 0;
    int participants = 0;
    for (FundedProject p : members) {
      AnnualReport r = activity.annualReport(p, year);
      ReportStatus status = statuses.status(p.getProjectCode(), year);
      statusCounts.merge(status.name(), 1, Integer::sum);
      r.eventsByType().forEach((k, v) -> byType.merge(k, v, Integer::sum));
      events += r.eventCount();
      participants += r.participantTotal();
      Map<String, BigDecimal> feedback = new LinkedHashMap<>();
      r.feedbackByGoalLevel().forEach((k, v) -> feedback.put(k, v.mean()));
      rows.add(new ProgrammeComparison.ProjectRow(p.getProjectCode(), p.getName(),
          p.getOrganizationName(), status, r.eventCount(), r.eventsByType(), r.goalLevelShare(),
          r.organizerRoleShare(), r.participantTotal(), r.reportedParticipantTotal(),
          r.discrepancies().size(), feedback));
    }
    return new ProgrammeComparison(programmeCode, year, members.size(), statusCounts,
        new ProgrammeComparison.Totals(events, byType, participants), rows);
  }
}
