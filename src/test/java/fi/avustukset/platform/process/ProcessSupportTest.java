package fi.avustukset.platform.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * A variable is written only when value or type differ (RegisterApplication's normalised start
 * values, the decision listeners' write-backs).
 */
class ProcessSupportTest {

  final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void leavesAVariableAloneWhenTheStarterSentTheSameValueAndType() {
    when(execution.getVariable("municipalityCount")).thenReturn(6);
    ProcessSupport.setIfChanged(execution, "municipalityCount", 6);
    verify(execution, never()).setVariable("municipalityCount", 6);
  }

  @Test
  void rewritesAVariableSentInAnotherType() {
    when(execution.getVariable("requestedAmount")).thenReturn(20_000);
    ProcessSupport.setIfChanged(execution, "requestedAmount", 20_000.0);
    verify(execution).setVariable("requestedAmount", 20_000.0);
  }

  @Test
  void writesAChangedOrNewVariable() {
    when(execution.getVariable("organizationType")).thenReturn("association");
    ProcessSupport.setIfChanged(execution, "organizationType", "ASSOCIATION");
    verify(execution).setVariable("organizationType", "ASSOCIATION");
    ProcessSupport.setIfChanged(execution, "decisionFinal", false);
    verify(execution).setVariable("decisionFinal", false);
  }
}
