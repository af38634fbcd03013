package fi.avustukset.platform.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The engine's task and form services with the {@link TransientFields} applied to every task
 * completion: installed by {@link InputGuardPlugin} before the engine starts, so engine-rest,
 * Tasklist and the Java API all complete through them. The fields are made transient inside the
 * engine's own completion command, once it has the task (read once, as the command reads it
 * anyway), so only the declared task of the declared process is affected.
 */
final class TransientFieldServices {

  static final class Tasks extends TaskServiceImpl {
    private final List<TransientFields> fields;

    Tasks(List<TransientFields> fields) {
      this.fields = fields;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      commandExecutor.execute(new Complete(fields, taskId, variables, false, false));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId,
        Map<String, Object> variables, boolean deserializeValues) {
      return commandExecutor.execute(new Complete(fields, taskId, variables, true,
          deserializeValues));
    }
  }

  static final class Forms extends FormServiceImpl {
    private final List<TransientFields> fields;

    Forms(List<TransientFields> fields) {
      this.fields = fields;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      commandExecutor.execute(new Submit(fields, taskId, properties, false, false));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
      submitTaskForm(taskId, properties == null ? null : new java.util.HashMap<>(properties));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId,
        Map<String, Object> properties, boolean deserializeValues) {
      return commandExecutor.execute(new Submit(fields, taskId, properties, true,
          deserializeValues));
    }
  }

  /** The engine's complete command (so TaskCompletionRetry still knows it), fields applied. */
  static final class Complete extends CompleteTaskCmd {
    private final transient List<TransientFields> fields;

    Complete(List<TransientFields> fields, String taskId, Map<String, Object> variables,
        boolean returnVariables, boolean deserialize) {
      super(taskId, variables, returnVariables, deserialize);
      this.fields = fields;
    }

    @Override
    public VariableMap execute(CommandContext context) {
      variables = applied(fields, context, taskId, variables);
      return super.execute(context);
    }
  }

  /** The engine's submit-form command, fields applied. */
  static final class Submit extends SubmitTaskFormCmd {
    private final transient List<TransientFields> fields;

    Submit(List<TransientFields> fields, String taskId, Map<String, Object> properties,
        boolean returnVariables, boolean deserialize) {
      super(taskId, properties, returnVariables, deserialize);
      this.fields = fields;
    }

    @Override
    public VariableMap execute(CommandContext context) {
      Map<String, Object> applied = applied(fields, context, taskId, properties);
      if (applied != properties) {
        properties = Variables.fromMap(applied);
      }
      return super.execute(context);
    }
  }

  static Map<String, Object> applied(List<TransientFields> fields, CommandContext context,
      String taskId, Map<String, Object> variables) {
    if (variables == null || variables.isEmpty() || taskId == null) {
      return variables;
    }
    TaskEntity task = null;
    for (TransientFields f : fields) {
      if (variables.keySet().stream().anyMatch(f.names()::contains)) {
        if (task == null) {
          task = context.getTaskManager().findTaskById(taskId);
        }
        if (f.appliesTo(task)) {
          return f.apply(variables);
        }
      }
    }
    return variables;
  }

  private TransientFieldServices() {}
}
