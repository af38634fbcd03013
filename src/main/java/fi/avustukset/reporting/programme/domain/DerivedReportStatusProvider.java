package fi.avustukset.reporting.programme.domain;

import fi.avustukset.reporting.activity.domain.ActivityService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import org.springframework.stereotype.Component;

/**
 * Default report status, derived from the records alone: anything recorded for the year
 * (events or reported totals) counts as {@link ReportStatus#SUBMITTED}; nothing recorded
 * after the due date is {@link ReportStatus#LATE}; otherwise {@link ReportStatus#NOT_DUE}.
 * It never answers {@link ReportStatus#ACCEPTED} — acceptance belongs to the reporting process.
 * Due date (not in sources; STEA practice): 30 April of the following year.
 */
@Component
public class DerivedReportStatusProvider implements ReportStatusProvider {

  static final MonthDay DUE = MonthDay.of(4, 30);

  private final ActivityService activity;
  private final Clock clock;

  public DerivedReportStatusProvider(ActivityService activity, Clock clock) {
    this.activity = activity;
    this.clock = clock;
  }

  @Override
  public ReportStatus status(String projectCode, int year) {
    if (activity.hasRecords(projectCode, year)) {
      return ReportStatus.SUBMITTED;
    }
    return derive(false, year, LocalDate.now(clock));
  }

  static LocalDate dueDate(int year) {
    return DUE.atYear(year + 1);
  }

  static ReportStatus derive(boolean recorded, int year, LocalDate today) {
    if (recorded) {
      return ReportStatus.SUBMITTED;
    }
    return today.isAfter(dueDate(year)) ? ReportStatus.LATE : ReportStatus.NOT_DUE;
  }
}
