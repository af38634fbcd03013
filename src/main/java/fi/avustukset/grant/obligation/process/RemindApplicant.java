package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.grant.obligation.domain.ReportObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RemindBeforeDue and Task_RemindAfterDue (E10): reminds the applicant in Tasklist. The
 * report task's priority rises and its description and form show the reminder; the reminder is
 * recorded on the report. Input {@code reminderStage}: BEFORE_DUE (14 days before) or
 * AFTER_DUE (7 days after the due date).
 */
@Component
public class RemindApplicant implements JavaDelegate {

  private final ReportObligationService reports;

  public RemindApplicant(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.remind((String) execution.getVariable(APPLICATION_NUMBER),
        ((Number) execution.getVariable(REPORT_YEAR)).intValue());
    String due = (String) execution.getVariable(REPORT_DUE_DATE);
    boolean after = "AFTER_DUE".equals(execution.getVariable(REMINDER_STAGE));
    String note = after
        ? "Muistutus: raportti on myöhässä (määräpäivä " + due + "). Lähetä se heti;"
            + " valmistelija on saanut tiedon myöhästymisestä."
        : "Muistutus: raportti on jätettävä viimeistään " + due + ".";
    execution.setVariable(REMINDER_NOTE, note);
    SubmitTaskFinder.flag(execution, after ? PRIORITY_ESCALATED : PRIORITY_REMINDED, note);
  }
}
