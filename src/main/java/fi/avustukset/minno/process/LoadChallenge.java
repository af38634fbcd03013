package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.Challenge;
import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_ScreenChallenge (one task per challenge, multi-instance): puts the
 * challenge and the M1 pre-screening suggestion into task-local variables for the form; the
 * coordinator's answers (pre-filled with the suggestion) stay local to this challenge.
 */
@Component
public class LoadChallenge implements TaskListener {

  private final RegistrationService registrations;

  public LoadChallenge(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void notify(DelegateTask task) {
    int index = ((Number) task.getVariable("loopCounter")).intValue();
    Challenge challenge = registrations.challengeAt((Long) task.getVariable(REGISTRATION_ID), index);
    task.setVariableLocal(CHALLENGE_ID, challenge.getId());
    task.setVariableLocal(CHALLENGE_TITLE, challenge.getTitle());
    task.setVariableLocal(CHALLENGE_DESCRIPTION, challenge.getDescription());
    task.setVariableLocal(CHALLENGE_LANGUAGE, challenge.getLanguage().name());
    task.setVariableLocal(CHALLENGE_STUDENT_FIELD, challenge.getStudentField().name());
    task.setVariableLocal(SCREENING_HINTS, challenge.getScreeningHints());
    // The answers live on the task's own (multi-instance) execution: completing a task writes
    // its variables to the execution, so each challenge keeps its own answers.
    boolean suggested = Boolean.TRUE.equals(challenge.getSuggestedFit());
    task.getExecution().setVariableLocal(FITS_PROGRAMME, suggested);
    task.getExecution().setVariableLocal(SUITS_MINNO, suggested);
    task.getExecution().setVariableLocal(SCREENING_NOTE, null);
  }
}
