package fi.avustukset.platform.process;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Input guards of every deployed process, in the engine so that no path around them exists
 * (engine-rest start, submit-form, task complete, messages, Tasklist, the Java API):
 * <ul>
 *   <li>a process with {@link StartFields} refuses any other start variable (mass assignment);
 *   <li>a user task with a Camunda Form ({@code camunda:formRef}) checks the form's own
 *       validation rules ({@link FormRules}) before its other completion listeners run; the
 *       money figures and dates its text shows are made Finnish text when the form is opened
 *       ({@link #textsOf}, {@link TaskTexts});
 *   <li>the {@link TransientFields} of a completion reach the listeners as transient variables
 *       (stored by their feature, never as process variables or history);
 *   <li>a task completion that lost a race to a parallel task of the same instance is retried
 *       ({@link TaskCompletionRetry}) instead of answering 500.
 * </ul>
 * Refusals are {@link InvalidInputException}s: 400 with the field named.
 */
@Component
public class InputGuardPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, StartFields> startFields;
  private final Map<String, Map<String, Form>> formsByDeployment = new ConcurrentHashMap<>();

  /** What the guards need of one Camunda Form: its rules and the texts it shows. */
  record Form(FormRules rules, Set<String> texts) {}

  private final List<TransientFields> transientFields;

  public InputGuardPlugin(List<StartFields> startFields, List<TransientFields> transientFields) {
    this.startFields = startFields.stream()
        .collect(Collectors.toMap(StartFields::processKey, f -> f));
    this.transientFields = List.copyOf(transientFields);
  }

  private volatile ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor> pre =
        configuration.getCustomPreCommandInterceptorsTxRequired();
    if (pre == null) {
      pre = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(pre);
    }
    pre.add(new TaskCompletionRetry());
    if (!transientFields.isEmpty()) {
      configuration.setTaskService(new TransientFieldServices.Tasks(transientFields));
      configuration.setFormService(new TransientFieldServices.Forms(transientFields));
    }
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        StartFields fields = startFields.get(definition.getKey());
        if (fields != null) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
              new StartVariableGuard(fields));
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef != null && !formRef.isBlank() && !formRef.contains("$")
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
              task -> checkForm(task, formRef));
        }
      }
    });
  }

  private Form form(DelegateTask task, String formId) {
    if (!(task instanceof TaskEntity entity) || entity.getProcessDefinition() == null) {
      return null;
    }
    String deploymentId = entity.getProcessDefinition().getDeploymentId();
    return formsByDeployment.computeIfAbsent(deploymentId, FormsOfDeployment::load).get(formId);
  }

  /**
   * The Finnish texts the task's Camunda Form shows ({@link TaskTexts}), made now from the
   * task's variables; empty for a task without such a form or texts, or an unknown task. Reads
   * without an authorization check: call it only for a task the user has just been allowed to
   * read the form variables of.
   */
  public Map<String, String> textsOf(String taskId) {
    ProcessEngineConfigurationImpl engine = configuration;
    if (engine == null || taskId == null) {
      return Map.of();
    }
    return engine.getCommandExecutorTxRequired().execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null || task.getTaskDefinition() == null
          || task.getTaskDefinition().getCamundaFormDefinitionKey() == null) {
        return Map.<String, String>of();
      }
      Form form = form(task, task.getTaskDefinition().getCamundaFormDefinitionKey()
          .getExpressionText());
      return form == null || form.texts().isEmpty() ? Map.<String, String>of()
          : TaskTexts.of(task, form.texts());
    });
  }

  private void checkForm(DelegateTask task, String formId) {
    Form form = form(task, formId);
    if (form == null) {
      return;
    }
    Function<String, Object> values = task::getVariable;
    List<FieldError> errors = form.rules().check(values);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** The Camunda Forms of one deployment by form id (the {@code formRefBinding="deployment"}). */
  private static final class FormsOfDeployment {
    static Map<String, Form> load(String deploymentId) {
      Map<String, Form> forms = new ConcurrentHashMap<>();
      List<ResourceEntity> resources = Context.getCommandContext().getResourceManager()
          .findResourcesByDeploymentId(deploymentId);
      for (ResourceEntity resource : resources) {
        if (resource.getName() != null && resource.getName().endsWith(".form")
            && resource.getBytes() != null) {
          String id = FormRules.formId(resource.getBytes());
          if (id != null) {
            forms.put(id, new Form(FormRules.parse(resource.getBytes()),
                TaskTexts.referencedBy(resource.getBytes())));
          }
        }
      }
      return forms;
    }
  }
}
