package fi.avustukset.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.any;

import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** Money figures of a task given to its form as Finnish text (issue 10.1). */
class TaskTextsTest {

  @Test
  void moneyVariablesGetATextAndOthersDoNot() {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariableNames()).thenReturn(new LinkedHashSet<>(List.of("requestedAmount",
        "proposedAmount", "score", "budgetTotal", "applicationNumber", "grantedAmount")));
    when(task.getVariable("requestedAmount")).thenReturn(45000.0);
    when(task.getVariable("proposedAmount")).thenReturn(1234.5);
    when(task.getVariable("budgetTotal")).thenReturn(new java.math.BigDecimal("30000"));
    when(task.getVariable("grantedAmount")).thenReturn(null); // not decided yet

    new TaskTexts().notify(task);

    verify(task).setVariableLocal("requestedAmountText", "45\u00a0000,00\u00a0€");
    verify(task).setVariableLocal("proposedAmountText", "1\u00a0234,50\u00a0€");
    verify(task).setVariableLocal("budgetTotalText", "30\u00a0000,00\u00a0€");
    verify(task, never()).setVariableLocal(eq("scoreText"), any());
    verify(task, never()).setVariableLocal(eq("grantedAmountText"), any());
    verify(task, never()).setVariableLocal(eq("applicationNumberText"), any());
  }

  @Test
  void namesOfMoney() {
    assertThat(TaskTexts.isMoney("requestedAmount")).isTrue();
    assertThat(TaskTexts.isMoney("paidTotal")).isTrue();
    assertThat(TaskTexts.isMoney("requestedAmountText")).isFalse();
    assertThat(TaskTexts.isMoney("score")).isFalse();
  }
}
