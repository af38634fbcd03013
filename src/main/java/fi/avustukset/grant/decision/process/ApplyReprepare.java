package fi.avustukset.grant.decision.process;

import fi.avustukset.grant.application.domain.RequestLimit;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
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
 * Completion of Task_Reprepare (DOMAIN.md §6): a returned application gets a new proposal —
 * a grant of at most the request (E9) or a rejection — with its reason; the committee's form
 * opens with the new proposal as its default.
 */
@Component
public class ApplyReprepare implements TaskListener {

  private final ApplicationService applications;

  public ApplyReprepare(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    var application = applications.get((String) task.getVariable(APPLICATION_NUMBER));
    String proposed = (String) task.getVariable(PROPOSED_DECISION);
    String reason = Values.text(task.getVariable(PROPOSAL_REASON));
    List<FieldError> errors = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    if ("GRANTED".equals(proposed)) {
      try {
        amount = Values.decimal(task.getVariable(PROPOSED_AMOUNT));
      } catch (IllegalArgumentException e) {
        amount = null;
      }
      if (amount == null || amount.signum() <= 0) {
        errors.add(new FieldError(PROPOSED_AMOUNT, "esitettävä summa puuttuu"));
      } else {
        RequestLimit.violation(amount, application.getRequestedAmount())
            .ifPresent(m -> errors.add(new FieldError(PROPOSED_AMOUNT, m)));
      }
    } else if (!"REJECTED".equals(proposed)) {
      errors.add(new FieldError(PROPOSED_DECISION, "valitse esitys"));
    }
    if (reason == null) {
      errors.add(new FieldError(PROPOSAL_REASON, "perustelu puuttuu"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    application.propose(amount.setScale(2), reason);
    task.setVariable(PROPOSED_AMOUNT, amount.doubleValue());
    task.setVariable(DECISION, proposed);
    task.setVariable(GRANTED_AMOUNT, amount.doubleValue());
    task.setVariable(DECISION_REASONS, reason);
  }
}
