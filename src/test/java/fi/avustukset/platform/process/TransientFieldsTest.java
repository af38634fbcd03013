package fi.avustukset.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** Declared form fields become transient at their task only, the others stay as sent. */
class TransientFieldsTest {

  final TransientFields points = new TransientFields("grant-application",
      "Task_ScoreApplication", Set.of("scoreFinancing", "scoreCooperation"));

  @Test
  void onlyTheDeclaredFieldsOfTheDeclaredTaskBecomeTransient() {
    Map<String, Object> sent = new HashMap<>();
    sent.put("scoreFinancing", 4);
    sent.put("scoreCooperation", Variables.longValue(3L));
    sent.put("reviewComment", "Hyvä");

    VariableMap applied = (VariableMap) points.apply(sent);

    TypedValue financing = applied.getValueTyped("scoreFinancing");
    TypedValue cooperation = applied.getValueTyped("scoreCooperation");
    assertThat(financing.isTransient()).isTrue();
    assertThat(financing.getValue()).isEqualTo(4);
    assertThat(cooperation.isTransient()).isTrue();
    assertThat(cooperation.getValue()).isEqualTo(3L);
    assertThat(applied.getValueTyped("reviewComment").isTransient()).isFalse();
    assertThat(applied.get("reviewComment")).isEqualTo("Hyvä");
    assertThat(points.apply(Map.of("reviewComment", "x"))).isEqualTo(Map.of("reviewComment", "x"));

    assertThat(points.appliesTo(task("grant-application", "Task_ScoreApplication"))).isTrue();
    assertThat(points.appliesTo(task("grant-application", "Task_CommitteeDecision"))).isFalse();
    assertThat(points.appliesTo(task("bare-application", "Task_ScoreApplication"))).isFalse();
    assertThat(points.appliesTo(null)).isFalse();
  }

  static TaskEntity task(String processKey, String taskKey) {
    TaskEntity task = mock(TaskEntity.class);
    ProcessDefinitionEntity definition = mock(ProcessDefinitionEntity.class);
    when(definition.getKey()).thenReturn(processKey);
    when(task.getProcessDefinition()).thenReturn(definition);
    when(task.getTaskDefinitionKey()).thenReturn(taskKey);
    return task;
  }
}
