package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.obligation.domain.ReportObligationService.ReclaimBasis;
import fi.avustukset.grant.obligation.domain.ReportSchedule;
import fi.avustukset.grant.obligation.domain.ReportStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_ReviewReport (DOMAIN.md §7): the preparer accepts the report,
 * asks for completion (new deadline, back to the applicant) or proposes a reclaim (the amount
 * the report leaves unused is suggested).
 */
@Component
public class ApplyReportReview implements TaskListener {

  private final ReportObligationService reports;

  public ApplyReportReview(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    String applicationNumber = (String) task.getVariable(APPLICATION_NUMBER);
    int year = ((Number) task.getVariable(REPORT_YEAR)).intValue();
    String outcome = (String) task.getVariable(REPORT_REVIEW);
    ReportObligation report = reports.review(applicationNumber, year, outcome,
        (String) task.getVariable(REVIEW_COMMENT), ProcessSupport.actor(task));
    if (report.getStatus() == ReportStatus.COMPLETION_REQUESTED) {
      ReportDeadlines.set(task, ReportSchedule.Deadlines.forDueDate(report.currentDueDate()));
      task.setVariable(REMINDER_NOTE, "Valmistelija pyytää täydentämään raporttia viimeistään "
          + report.currentDueDate() + ": " + report.getReviewComment());
    }
    if ("RECLAIM".equals(outcome)) {
      ReclaimBasis basis = reports.reclaimBasis(applicationNumber, year);
      task.setVariable(PAID_TOTAL, basis.paidTotal().doubleValue());
      task.setVariable(SUGGESTED_RECLAIM_AMOUNT, basis.unused().doubleValue());
      task.setVariable(RECLAIM_AMOUNT, basis.unused().signum() > 0 ? basis.unused().doubleValue()
          : null);
    }
  }
}
