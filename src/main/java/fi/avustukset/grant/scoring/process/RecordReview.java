package fi.avustukset.grant.scoring.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.call.domain.Criterion;
import fi.avustukset.grant.scoring.domain.ScoringService;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ScoreApplication: stores the reviewer's points (0–5 per criterion,
 * DOMAIN.md §4). The points arrive as transient variables ({@link ReviewPointFields}): they live
 * only in this transaction. Points set as variables before the completion (e.g. through
 * engine-rest's variables API) are removed from the process scope, so the other reviewer's form
 * starts empty and reviews stay independent.
 */
@Component
public class RecordReview implements TaskListener {

  private final ScoringService scoring;

  public RecordReview(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<Criterion, Object> raw = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      raw.put(criterion, task.getVariable(criterion.scoreVariable()));
    }
    scoring.recordReview((String) task.getVariable(APPLICATION_NUMBER), task.getAssignee(), raw);
    for (Criterion criterion : Criterion.values()) {
      task.getExecution().getProcessInstance().removeVariable(criterion.scoreVariable());
    }
    task.getExecution().getProcessInstance().removeVariable(REVIEW_COMMENT);
  }
}
