package fi.avustukset.grant.decision.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyApplicant: the decision is issued. The decision letter (HTML, Finnish, with the
 * rectification instructions) is served at {@code /api/applications/{number}/decision-letter};
 * the applicant organisation sees it in its Tasklist task. Notification time starts the
 * rectification period (DOMAIN.md §6).
 */
@Component
public class NotifyApplicant implements JavaDelegate {

  private final GrantDecisionService decisions;

  public NotifyApplicant(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    decisions.notifyApplicant(number);
    execution.setVariable(DECISION_LETTER_URL, "/api/applications/" + number + "/decision-letter");
  }
}
