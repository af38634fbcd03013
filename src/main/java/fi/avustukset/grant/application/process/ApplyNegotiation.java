package fi.avustukset.grant.application.process;

import fi.avustukset.grant.application.domain.RequestLimit;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_Negotiate (DOMAIN.md §2): a letter of intent needs an amount above zero
 * and at most the request (E9); every round needs its notes.
 */
@Component
public class ApplyNegotiation implements TaskListener {

  private final ApplicationService applications;

  public ApplyNegotiation(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    String outcome = (String) task.getVariable(NEGOTIATION_OUTCOME);
    List<FieldError> errors = new ArrayList<>();
    if (Values.text(task.getVariable(NEGOTIATION_NOTES)) == null) {
      errors.add(new FieldError(NEGOTIATION_NOTES, "kirjaa neuvottelun sisältö"));
    }
    if (outcome == null || !List.of("CONTINUE", "LETTER_OF_INTENT", "STOP").contains(outcome)) {
      errors.add(new FieldError(NEGOTIATION_OUTCOME, "valitse tulos"));
    } else if (!"STOP".equals(outcome)) {
      BigDecimal amount = null;
      try {
        amount = Values.decimal(task.getVariable(NEGOTIATED_AMOUNT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
      BigDecimal requested = applications.get(number).getRequestedAmount();
      if ("LETTER_OF_INTENT".equals(outcome) && (amount == null || amount.signum() <= 0)) {
        errors.add(new FieldError(NEGOTIATED_AMOUNT, "aiesopimuksen summa puuttuu"));
      } else {
        RequestLimit.violation(amount, requested)
            .ifPresent(m -> errors.add(new FieldError(NEGOTIATED_AMOUNT, m)));
      }
      if (amount != null) {
        task.setVariable(NEGOTIATED_AMOUNT, amount.doubleValue());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    applications.setStatus(number, ApplicationStatus.IN_NEGOTIATION);
  }
}
