package fi.avustukset.grant.agreement.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.APPLICATION_NUMBER;

import fi.avustukset.grant.agreement.domain.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseAgreement: every instalment paid and every report handled. */
@Component
public class CloseAgreement implements JavaDelegate {

  private final AgreementService agreements;

  public CloseAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.close((String) execution.getVariable(APPLICATION_NUMBER));
  }
}
