package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.Outcome;
import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseAsRedirected (M2): no challenge met M1, so the registration's outcome is
 * "redirected" with the advice the NGO was given — it does not vanish.
 */
@Component
public class CloseAsRedirected implements JavaDelegate {

  private final RegistrationService registrations;

  public CloseAsRedirected(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registrations.decide((Long) execution.getVariable(REGISTRATION_ID), Outcome.REDIRECTED,
        "Haasteet eivät täyttäneet ehtoa M1; ohjattu muuhun rahoitukseen: "
            + execution.getVariable(REDIRECT_ADVICE));
  }
}
