package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.MinnoRound;
import fi.avustukset.minno.domain.MinnoRoundService;
import fi.avustukset.minno.domain.MinnoStep;
import java.math.BigDecimal;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRound: validates the start data of a round and records it with its ten steps
 * and their planned effort. Runs in the starter's transaction, so bad input refuses the start.
 * The business key becomes the round code (generated when none is given, see
 * {@link MinnoRoundService#register}); the M5 check against STEA deadlines runs here.
 */
@Component
public class RegisterRound implements JavaDelegate {

  private final MinnoRoundService rounds;

  public RegisterRound(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MinnoRound round = rounds.register(execution.getProcessBusinessKey(),
        new MinnoRoundService.RoundInput(execution.getVariable(ROUND_NAME),
            execution.getVariable(CAPACITY), execution.getVariable(REGISTRATION_OPENS),
            execution.getVariable(REGISTRATION_CLOSES), execution.getVariable(STEA_DEADLINE)),
        (String) execution.getVariable(ROUND_INITIATOR));
    round.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(round.getRoundCode());
    execution.setVariable(ROUND_CODE, round.getRoundCode());
    execution.setVariable(CAPACITY, round.getCapacity());
    execution.setVariable(PLANNED_EFFORT_DAYS, Arrays.stream(MinnoStep.values())
        .map(MinnoStep::plannedDays).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue());
    ProcessValues.window(execution, round);
  }
}
