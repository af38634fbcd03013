package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.FeedbackService;
import fi.avustukset.minno.domain.Respondent;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of the feedback tasks (step 10): the coordinator enters the NGOs' and
 * students' feedback, the university its staff's; each rating given (1–5) is one response.
 * More responses can be added through {@code POST /api/minno/{roundCode}/feedback}.
 */
@Component
public class RecordFeedback implements TaskListener {

  private final FeedbackService feedback;

  public RecordFeedback(FeedbackService feedback) {
    this.feedback = feedback;
  }

  @Override
  public void notify(DelegateTask task) {
    String roundCode = (String) task.getVariable(ROUND_CODE);
    String by = ProcessValues.actor(task);
    if ("Task_GiveUniversityFeedback".equals(task.getTaskDefinitionKey())) {
      add(task, roundCode, Respondent.UNIVERSITY, UNIVERSITY_RATING, UNIVERSITY_FEEDBACK, by);
    } else {
      add(task, roundCode, Respondent.NGO, NGO_RATING, NGO_FEEDBACK, by);
      add(task, roundCode, Respondent.STUDENT, STUDENT_RATING, STUDENT_FEEDBACK, by);
    }
  }

  private void add(DelegateTask task, String roundCode, Respondent respondent, String rating,
      String text, String by) {
    Object value = task.getVariable(rating);
    if (value != null && !value.toString().isBlank()) {
      feedback.add(roundCode, respondent, value, (String) task.getVariable(text), by);
    }
  }
}
