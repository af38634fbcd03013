package fi.avustukset.agreement.process;

import static fi.avustukset.agreement.GrantAgreementVariables.APPLICATION_NUMBER;

import fi.avustukset.agreement.AgreementService;
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
