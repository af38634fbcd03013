package fi.avustukset.grant.agreement.process;

import fi.avustukset.platform.process.ProcessSupport;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.grant.agreement.domain.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion listener of Task_SignAgreement: the service area signs or returns the agreement. */
@Component
public class ApplyAgreementSignature implements TaskListener {

  private final AgreementService agreements;

  public ApplyAgreementSignature(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateTask task) {
    agreements.signature((String) task.getVariable(APPLICATION_NUMBER),
        (String) task.getVariable(AGREEMENT_SIGNATURE), (String) task.getVariable(SIGNER_NAME),
        (String) task.getVariable(SIGNATURE_COMMENT), ProcessSupport.actor(task));
  }
}
