package fi.avustukset.grant.agreement.process;

import fi.avustukset.platform.process.ProcessSupport;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_DraftAgreement: stores the preparer's draft. Bad input (no
 * start date, an invalid IBAN, …) refuses the completion with a message naming the field.
 */
@Component
public class ApplyAgreementDraft implements TaskListener {

  private final AgreementService agreements;

  public ApplyAgreementDraft(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateTask task) {
    Agreement agreement = agreements.draft((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariable(AGREEMENT_START), (String) task.getVariable(AGREEMENT_TERMS),
        (String) task.getVariable(CONTACT_PERSON), (String) task.getVariable(BANK_ACCOUNT),
        ProcessSupport.actor(task));
    task.setVariable(AGREEMENT_START, agreement.getStartDate().toString());
    task.setVariable(AGREEMENT_END, agreement.getEndDate().toString());
    task.setVariable(BANK_ACCOUNT, agreement.getBankAccount());
  }
}
