package fi.avustukset.reporting.finalreport.domain;

import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.reporting.activity.domain.ActivityEvent;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.EvaluationRecords;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import fi.avustukset.reporting.project.domain.FundedProject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final report of a funded project (issue 16): the annual report of every year from
 * {@code from} to {@code to} (default: the project's recorded years, the first to the last year
 * with events, reported totals, contacts or surveys) put side by side. Access is checked by the
 * callers ({@code ProjectAccess}), as for the annual report.
 */
@Service
@Transactional(readOnly = true)
public class FinalReportService {

  /** At most this many years in one report. */
  public static final int MAX_YEARS = 30;

  private final ActivityService activity;
  private final EvaluationRecords evaluation;
  private final EntityManager em;

  public FinalReportService(ActivityService activity, EvaluationRecords evaluation,
      EntityManager em) {
    this.activity = activity;
    this.evaluation = evaluation;
    this.em = em;
  }

  /** First and last year with anything recorded, or empty. */
  public Optional<int[]> recordedYears(String projectCode) {
    Integer min = null;
    Integer max = null;
    for (String sql : new String[] {
        "select min(extract(year from event_date)), max(extract(year from event_date))"
            + " from activity_event where project_code = ?1",
        "select min(report_year), max(report_year) from activity_year_figures"
            + " where project_code = ?1",
        "select min(extract(year from period_start)), max(extract(year from period_start))"
            + " from activity_contacts where project_code = ?1",
        "select min(extract(year from conducted_on)), max(extract(year from conducted_on))"
            + " from project_survey where project_code = ?1"}) {
      Object[] row = (Object[]) em.createNativeQuery(sql).setParameter(1, projectCode)
          .getSingleResult();
      if (row[0] != null) {
        int lo = ((Number) row[0]).intValue();
        int hi = ((Number) row[1]).intValue();
        min = min == null ? lo : Math.min(min, lo);
        max = max == null ? hi : Math.max(max, hi);
      }
    }
    return min == null ? Optional.empty() : Optional.of(new int[] {min, max});
  }

  public FinalReport finalReport(FundedProject project, Integer from, Integer to) {
    if (from != null) {
      ActivityService.checkYear(from);
    }
    if (to != null) {
      ActivityService.checkYear(to);
    }
    Optional<int[]> recorded = recordedYears(project.getProjectCode());
    int first;
    int last;
    if (from == null && to == null) {
      if (recorded.isEmpty()) {
        return compute(project, List.of(), List.of());
      }
      first = recorded.get()[0];
      last = recorded.get()[1];
    } else {
      first = from != null ? from : recorded.map(r -> Math.min(r[0], to)).orElse(to);
      last = to != null ? to : recorded.map(r -> Math.max(r[1], from)).orElse(from);
    }
    if (first > last) {
      throw new InvalidInputException("from", "alkuvuosi " + first + " on loppuvuoden " + last
          + " jälkeen");
    }
    if (last - first + 1 > MAX_YEARS) {
      throw new InvalidInputException("to", "enintään " + MAX_YEARS + " vuotta kerralla");
    }
    List<FinalReportCalculator.Year> years = new ArrayList<>();
    List<SurveyResult> surveys = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      years.add(new FinalReportCalculator.Year(activity.annualReport(project, year),
          year == first ? firstRecord(project, year) : null));
      surveys.addAll(evaluation.surveys(project.getProjectCode(), year));
    }
    return compute(project, years, surveys);
  }

  private FinalReport compute(FundedProject project, List<FinalReportCalculator.Year> years,
      List<SurveyResult> surveys) {
    return FinalReportCalculator.compute(new FinalReportCalculator.Inputs(
        project.getProjectCode(), project.getName(), project.getOrganizationName(),
        project.getProgrammeCode(), project.getApplicationNumber(), years, surveys));
  }

  /** The first day of the year with an event or the start of a contact period. */
  private LocalDate firstRecord(FundedProject project, int year) {
    LocalDate first = activity.events(project, year).stream().map(ActivityEvent::getDate)
        .min(LocalDate::compareTo).orElse(null);
    for (ContactFigures c : evaluation.contacts(project.getProjectCode(), year)) {
      if (first == null || c.periodStart().isBefore(first)) {
        first = c.periodStart();
      }
    }
    return first;
  }
}
