package fi.avustukset.platform.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Form fields of one user task that its completion listener stores in the domain's own table,
 * declared by the feature that owns that table (e.g. the review points of Task_ScoreApplication,
 * kept in {@code application_review} with the reviewer and the time). A completion of that task
 * by any path (Tasklist's submit-form, engine-rest complete, the Java API) passes them to the
 * listeners as <em>transient</em> variables: readable by the form rules and the listeners in the
 * completing transaction, never written to the runtime variables or to the history, where they
 * would only be created and removed again (BENCHMARKS.md, lever 13). Other fields, and the same
 * names at any other task, are untouched.
 */
public record TransientFields(String processKey, String taskDefinitionKey, Set<String> names) {

  public TransientFields {
    names = Set.copyOf(names);
  }

  boolean appliesTo(TaskEntity task) {
    return task != null && taskDefinitionKey.equals(task.getTaskDefinitionKey())
        && task.getProcessDefinition() != null
        && processKey.equals(task.getProcessDefinition().getKey());
  }

  /**
   * The completion variables with these fields made transient; the same map when none of them
   * is there (a value that is already transient stays as it is).
   */
  Map<String, Object> apply(Map<String, Object> variables) {
    if (variables == null || variables.keySet().stream().noneMatch(names::contains)) {
      return variables;
    }
    Map<String, Object> result = new HashMap<>(variables.size());
    variables.forEach((name, value) -> result.put(name, names.contains(name)
        ? asTransient(value) : value));
    return Variables.fromMap(result);
  }

  static Object asTransient(Object value) {
    if (value instanceof TypedValue typed) {
      return typed.isTransient() ? typed : Variables.untypedValue(typed.getValue(), true);
    }
    return Variables.untypedValue(value, true);
  }
}
