package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.agreement.domain.AgreementType;
import fi.avustukset.grant.change.domain.ChangeKind;
import fi.avustukset.grant.change.domain.ChangeRules;
import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.process.ProcessSupport;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_DecideChange. An acceptance is held to {@link ChangeRules} first
 * against the figures the task shows (so the decision-maker gets the refusal at the field), then
 * {@link ChangeService#decide} records it, checking the rules again against the agreement as it
 * is now. A refusal completes the task; nothing else changes.
 */
@Component
public class ApplyChangeDecision implements TaskListener {

  private final ChangeService changes;

  public ApplyChangeDecision(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = (String) task.getVariable(CHANGE_DECISION);
    Object approvedEnd = task.getVariable(APPROVED_END_DATE);
    if ("ACCEPTED".equals(decision)) {
      List<FieldError> errors;
      try {
        ChangeKind kind = ChangeKind.valueOf((String) task.getVariable(CHANGE_KIND));
        ChangeRules.AgreementFacts facts = new ChangeRules.AgreementFacts(
            AgreementType.valueOf((String) task.getVariable(AGREEMENT_TYPE)),
            Values.localDate(task.getVariable(AGREEMENT_START)),
            Values.localDate(task.getVariable(CURRENT_END_DATE)),
            Values.decimal(task.getVariable(GRANTED_AMOUNT)));
        errors = ChangeRules.check(kind, facts, Values.localDate(approvedEnd), APPROVED_END_DATE,
            Values.decimal(task.getVariable(BUDGET_TOTAL)));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors = List.of(new FieldError(APPROVED_END_DATE, "päivämäärä muodossa VVVV-KK-PP"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    }
    changes.decide((String) task.getVariable(CHANGE_NUMBER), decision,
        (String) task.getVariable(DECISION_REASON), approvedEnd, ProcessSupport.actor(task));
  }
}
