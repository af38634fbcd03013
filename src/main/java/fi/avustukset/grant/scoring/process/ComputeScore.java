package fi.avustukset.grant.scoring.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.scoring.domain.ScoringService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ComputeScore: weighted mean of the reviews, 0–100 (DOMAIN.md §4). */
@Component
public class ComputeScore implements JavaDelegate {

  private final ScoringService scoring;

  public ComputeScore(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SCORE,
        scoring.computeScore((String) execution.getVariable(APPLICATION_NUMBER)).doubleValue());
  }
}
