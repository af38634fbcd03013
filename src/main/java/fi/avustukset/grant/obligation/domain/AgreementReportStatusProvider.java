package fi.avustukset.grant.obligation.domain;

import fi.avustukset.reporting.programme.domain.DerivedReportStatusProvider;
import fi.avustukset.reporting.programme.domain.ReportStatus;
import fi.avustukset.reporting.programme.domain.ReportStatusProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report status of the programme view (E10) from the reporting obligation's own records: for a
 * project created from a granted application (project code = application number), the report
 * of the agreement year that covers most of the calendar year (the one containing 2 July).
 * Projects without an agreement, and years outside it, fall back to the status derived from
 * recorded activity ({@link DerivedReportStatusProvider}).
 */
@Component
@Primary
@Transactional(readOnly = true)
public class AgreementReportStatusProvider implements ReportStatusProvider {

  static final MonthDay MID_YEAR = MonthDay.of(7, 2);

  private final ReportObligationRepository reports;
  private final DerivedReportStatusProvider derived;
  private final Clock clock;

  public AgreementReportStatusProvider(ReportObligationRepository reports,
      DerivedReportStatusProvider derived, Clock clock) {
    this.reports = reports;
    this.derived = derived;
    this.clock = clock;
  }

  @Override
  public ReportStatus status(String projectCode, int year) {
    return reportFor(reports.findByApplicationNumberOrderByYear(projectCode), year)
        .map(r -> map(r, LocalDate.now(clock)))
        .orElseGet(() -> derived.status(projectCode, year));
  }

  /** The agreement year's report covering most of the calendar year, if any. */
  static Optional<ReportObligation> reportFor(List<ReportObligation> reports, int year) {
    LocalDate midYear = MID_YEAR.atYear(year);
    return reports.stream()
        .filter(r -> !midYear.isBefore(r.getPeriodStart()) && !midYear.isAfter(r.getPeriodEnd()))
        .findFirst();
  }

  /** The obligation's five statuses in the programme view's four. */
  static ReportStatus map(ReportObligation report, LocalDate today) {
    boolean overdue = today.isAfter(report.currentDueDate());
    return switch (report.getStatus()) {
      case ACCEPTED -> ReportStatus.ACCEPTED;
      case SUBMITTED -> ReportStatus.SUBMITTED;
      case LATE -> ReportStatus.LATE;
      // Sent back for completion: submitted but not accepted, late once its deadline passes.
      case COMPLETION_REQUESTED -> overdue ? ReportStatus.LATE : ReportStatus.SUBMITTED;
      case DUE -> overdue ? ReportStatus.LATE : ReportStatus.NOT_DUE;
    };
  }
}
