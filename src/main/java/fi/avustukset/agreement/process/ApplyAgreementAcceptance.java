package fi.avustukset.agreement.process;

import static fi.avustukset.agreement.GrantAgreementVariables.*;

import fi.avustukset.agreement.AgreementService;
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
