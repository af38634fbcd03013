package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_Negotiate (DOMAIN.md §2): the round is validated and recorded by
 * {@link ApplicationService#negotiate} (notes, letter-of-intent amount, E9); the amount goes
 * back as the form's number.
 */
@Component
public class ApplyNegotiation implements TaskListener {

  private final ApplicationService applications;

  public ApplyNegotiation(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    BigDecimal amount = applications.negotiate((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariable(NEGOTIATION_OUTCOME), task.getVariable(NEGOTIATION_NOTES),
        task.getVariable(NEGOTIATED_AMOUNT));
    if (amount != null) {
      task.setVariable(NEGOTIATED_AMOUNT, amount.doubleValue());
    }
  }
}
