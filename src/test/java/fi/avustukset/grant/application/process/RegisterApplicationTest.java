package fi.avustukset.grant.application.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** RegisterApplication writes a normalised variable only when value or type differ. */
class RegisterApplicationTest {

  final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void leavesAVariableAloneWhenTheStarterSentTheSameValueAndType() {
    when(execution.getVariable("municipalityCount")).thenReturn(6);
    RegisterApplication.set(execution, "municipalityCount", 6);
    verify(execution, never()).setVariable("municipalityCount", 6);
  }

  @Test
  void rewritesAVariableSentInAnotherType() {
    when(execution.getVariable("requestedAmount")).thenReturn(20_000);
    RegisterApplication.set(execution, "requestedAmount", 20_000.0);
    verify(execution).setVariable("requestedAmount", 20_000.0);
  }

  @Test
  void writesAChangedOrNewVariable() {
    when(execution.getVariable("organizationType")).thenReturn("association");
    RegisterApplication.set(execution, "organizationType", "ASSOCIATION");
    verify(execution).setVariable("organizationType", "ASSOCIATION");
    RegisterApplication.set(execution, "decisionFinal", false);
    verify(execution).setVariable("decisionFinal", false);
  }
}
