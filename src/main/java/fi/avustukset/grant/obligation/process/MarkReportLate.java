package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.grant.obligation.domain.ReportObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkReportLate (E10): the due date passed without a report; the task is flagged late. */
@Component
public class MarkReportLate implements JavaDelegate {

  private final ReportObligationService reports;

  public MarkReportLate(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean late = reports.markLate((String) execution.getVariable(APPLICATION_NUMBER),
        ((Number) execution.getVariable(REPORT_YEAR)).intValue());
    if (late) {
      String note = "Raportti on myöhässä: määräpäivä " + execution.getVariable(REPORT_DUE_DATE)
          + " on ohitettu.";
      execution.setVariable(REMINDER_NOTE, note);
      SubmitTaskFinder.flag(execution, PRIORITY_LATE, note);
    }
  }
}
