package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.obligation.domain.ReportSchedule;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ScheduleReport: reads the report of this agreement year (E10) and sets the dates of
 * its timers and of the applicant's task (ReportSchedule: due 2 months after the year, reminder
 * 14 days before, late the day after, escalation 7 days after).
 */
@Component
public class ScheduleReport implements JavaDelegate {

  private final ReportObligationService reports;

  public ScheduleReport(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportObligation report = reports.report((String) execution.getVariable(APPLICATION_NUMBER),
        ((Number) execution.getVariable(REPORT_YEAR)).intValue());
    variables(report).forEach(execution::setVariable);
  }

  /** The variables of one report's schedule (also when an extension moves it: ReportRescheduling). */
  static Map<String, Object> variables(ReportObligation report) {
    Map<String, Object> v = new HashMap<>();
    v.put(FINAL_REPORT, report.isFinalReport());
    v.put(REPORT_KIND_NAME, report.isFinalReport() ? "Loppuraportti" : "Vuosiraportti");
    if (report.isFinalReport()) {
      v.put(FINAL_REPORT_URL, "/api/projects/"
          + java.net.URLEncoder.encode(report.getApplicationNumber(),
              java.nio.charset.StandardCharsets.UTF_8) + "/reports/final.html");
    }
    v.put(REPORT_PERIOD_START, report.getPeriodStart().toString());
    v.put(REPORT_PERIOD_END, report.getPeriodEnd().toString());
    v.put(REPORT_OPENS_AT, ReportDeadlines.startOfDay(report.getPeriodEnd().plusDays(1)));
    ReportDeadlines.set(v::put, ReportSchedule.Deadlines.forDueDate(report.currentDueDate()));
    v.put(REMINDER_NOTE, "");
    return v;
  }
}
