package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.agreement.process.GrantAgreementVariables;
import fi.avustukset.grant.change.domain.ChangeKind;
import fi.avustukset.grant.change.domain.ChangeRequest;
import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.grant.obligation.process.ReportRescheduling;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ApplyChange (asynchronous, retried): the accepted change takes effect — the agreement's
 * end date or budget lines move (ChangeService.apply), the running grant-agreement instance
 * shows the new end, and the final report's grant-report instance waits for the new end
 * (ReportRescheduling, E10). Instalments are planned per agreement year from the start date
 * (DOMAIN.md §7), which an extension of the last year does not move, and their sum stays the
 * grant. Idempotent.
 */
@Component
public class ApplyChange implements JavaDelegate {

  private final ChangeService changes;
  private final AgreementService agreements;
  private final ReportRescheduling reportRescheduling;
  private final RuntimeService runtimeService;

  public ApplyChange(ChangeService changes, AgreementService agreements,
      ReportRescheduling reportRescheduling, RuntimeService runtimeService) {
    this.changes = changes;
    this.agreements = agreements;
    this.reportRescheduling = reportRescheduling;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeRequest change = changes.apply((String) execution.getVariable(CHANGE_NUMBER));
    if (change.getKind() == ChangeKind.PERIOD_EXTENSION) {
      Agreement agreement = agreements.get(change.getApplicationNumber());
      if (agreement.getProcessInstanceId() != null && runtimeService.createProcessInstanceQuery()
          .processInstanceId(agreement.getProcessInstanceId()).count() > 0) {
        runtimeService.setVariable(agreement.getProcessInstanceId(),
            GrantAgreementVariables.AGREEMENT_END, agreement.getEndDate().toString());
      }
      reportRescheduling.rescheduleFinalReport(change.getApplicationNumber());
      execution.setVariable(APPROVED_END_DATE, agreement.getEndDate().toString());
    }
  }
}
