package fi.avustukset.platform.process;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task and form services with the {@link TransientFields} applied to every task
 * completion: installed by {@link InputGuardPlugin} before the engine starts, so engine-rest,
 * Tasklist and the Java API all complete through them.
 */
final class TransientFieldServices {

  static final class Tasks extends TaskServiceImpl {
    private final Set<String> names;

    Tasks(Set<String> names) {
      this.names = names;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      super.complete(taskId, TransientFields.apply(names, variables));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId,
        Map<String, Object> variables, boolean deserializeValues) {
      return super.completeWithVariablesInReturn(taskId, TransientFields.apply(names, variables),
          deserializeValues);
    }
  }

  static final class Forms extends FormServiceImpl {
    private final Set<String> names;

    Forms(Set<String> names) {
      this.names = names;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      super.submitTaskForm(taskId, TransientFields.apply(names, properties));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
      super.submitTaskForm(taskId, TransientFields.apply(names,
          properties == null ? null : new java.util.HashMap<>(properties)));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId,
        Map<String, Object> properties, boolean deserializeValues) {
      return super.submitTaskFormWithVariablesInReturn(taskId,
          TransientFields.apply(names, properties), deserializeValues);
    }
  }

  private TransientFieldServices() {}
}
