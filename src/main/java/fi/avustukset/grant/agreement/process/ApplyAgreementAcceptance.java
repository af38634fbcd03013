package fi.avustukset.grant.agreement.process;

import fi.avustukset.platform.process.ProcessSupport;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.grant.agreement.domain.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion listener of Task_AcceptAgreement: the applicant accepts or asks for changes. */
@Component
public class ApplyAgreementAcceptance implements TaskListener {

  private final AgreementService agreements;

  public ApplyAgreementAcceptance(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void notify(DelegateTask task) {
    agreements.answer((String) task.getVariable(APPLICATION_NUMBER),
        (String) task.getVariable(AGREEMENT_ACCEPTANCE), (String) task.getVariable(ACCEPTOR_NAME),
        (String) task.getVariable(ACCEPTANCE_COMMENT), ProcessSupport.actor(task));
  }
}
