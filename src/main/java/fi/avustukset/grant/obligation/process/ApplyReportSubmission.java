package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.obligation.domain.ReportObligationService.ReclaimBasis;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_SubmitReport (E10): stores the applicant's figures and account.
 * Bad input refuses the completion with a message naming the field.
 */
@Component
public class ApplyReportSubmission implements TaskListener {

  private final ReportObligationService reports;

  public ApplyReportSubmission(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String applicationNumber = (String) task.getVariable(APPLICATION_NUMBER);
    int year = ((Number) task.getVariable(REPORT_YEAR)).intValue();
    reports.submit(applicationNumber, year, task.getVariable(USED_AMOUNT),
        task.getVariable(EVENT_COUNT), task.getVariable(PARTICIPANT_COUNT),
        (String) task.getVariable(ACTIVITY_SUMMARY), ProcessSupport.actor(task));
    // What the preparer sees beside the report: paid so far and what the report leaves unused.
    ReclaimBasis basis = reports.reclaimBasis(applicationNumber, year);
    task.setVariable(PAID_TOTAL, basis.paidTotal().doubleValue());
    task.setVariable(SUGGESTED_RECLAIM_AMOUNT, basis.unused().doubleValue());
  }
}
