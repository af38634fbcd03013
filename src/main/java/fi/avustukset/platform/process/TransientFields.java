package fi.avustukset.platform.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Form fields that a task's completion listener stores in the domain's own table, declared by
 * the feature that owns that table (e.g. the review points of Task_ScoreApplication, kept in
 * {@code application_review} with the reviewer and the time). A completion by any path
 * (Tasklist's submit-form, engine-rest complete, the Java API) passes them to the listeners as
 * <em>transient</em> variables: readable by the form rules and the listeners in the completing
 * transaction, never written to the runtime variables or to the history, where they would only
 * be created and removed again (BENCHMARKS.md, lever 13). Every other field is untouched.
 */
public record TransientFields(Set<String> names) {

  public TransientFields {
    names = Set.copyOf(names);
  }

  /**
   * The completion variables with these fields made transient; the same map when none of them
   * is there (a value that is already transient stays as it is).
   */
  public static Map<String, Object> apply(Set<String> names, Map<String, Object> variables) {
    if (variables == null || names.isEmpty()
        || variables.keySet().stream().noneMatch(names::contains)) {
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
