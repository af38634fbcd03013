package fi.avustukset.platform.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: adds the listeners of every {@link ProcessMailHooks} bean to the named elements
 * of the deployed models when they are parsed (a post-parse listener, so the models themselves
 * stay untouched). {@link #hooked()} tells which elements are hooked, for the check that the
 * names still exist in processes/.
 */
@Component
public class MailHookPlugin extends AbstractProcessEnginePlugin {

  enum When { START, END, TASK_CREATE, TASK_COMPLETE }

  public record Key(String processKey, String elementId) {}

  record Hook(When when, Consumer<DelegateExecution> onExecution, Consumer<DelegateTask> onTask) {}

  private final ObjectProvider<ProcessMailHooks> providers;
  private volatile Map<Key, List<Hook>> hooks;

  public MailHookPlugin(ObjectProvider<ProcessMailHooks> providers) {
    this.providers = providers;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new Listener());
  }

  /** Every hooked (process key, element id), e.g. for a test against the BPMN files. */
  public Set<Key> hooked() {
    return hooks().keySet();
  }

  private Map<Key, List<Hook>> hooks() {
    Map<Key, List<Hook>> result = hooks;
    if (result == null) {
      Map<Key, List<Hook>> collected = new HashMap<>();
      ProcessMailHooks.Registry registry = new ProcessMailHooks.Registry() {
        @Override
        public void onEnd(String p, String e, Consumer<DelegateExecution> a) {
          add(collected, p, e, new Hook(When.END, a, null));
        }

        @Override
        public void onStart(String p, String e, Consumer<DelegateExecution> a) {
          add(collected, p, e, new Hook(When.START, a, null));
        }

        @Override
        public void onTaskCreate(String p, String e, Consumer<DelegateTask> a) {
          add(collected, p, e, new Hook(When.TASK_CREATE, null, a));
        }

        @Override
        public void onTaskComplete(String p, String e, Consumer<DelegateTask> a) {
          add(collected, p, e, new Hook(When.TASK_COMPLETE, null, a));
        }
      };
      providers.orderedStream().forEach(p -> p.register(registry));
      hooks = result = collected;
    }
    return result;
  }

  private static void add(Map<Key, List<Hook>> map, String process, String element, Hook hook) {
    map.computeIfAbsent(new Key(process, element), k -> new ArrayList<>()).add(hook);
  }

  private void attach(ActivityImpl activity) {
    if (activity == null || !(activity.getProcessDefinition()
        instanceof ProcessDefinitionEntity definition)) {
      return;
    }
    List<Hook> found = hooks().get(new Key(definition.getKey(), activity.getId()));
    if (found == null) {
      return;
    }
    for (Hook hook : found) {
      switch (hook.when()) {
        case START -> activity.addListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) hook.onExecution()::accept);
        case END -> activity.addListener(ExecutionListener.EVENTNAME_END,
            (ExecutionListener) hook.onExecution()::accept);
        case TASK_CREATE, TASK_COMPLETE -> {
          if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
            userTask.getTaskDefinition().addTaskListener(hook.when() == When.TASK_CREATE
                ? TaskListener.EVENTNAME_CREATE : TaskListener.EVENTNAME_COMPLETE,
                (TaskListener) hook.onTask()::accept);
          }
        }
      }
    }
  }

  private final class Listener extends AbstractBpmnParseListener {
    @Override
    public void parseStartEvent(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseEndEvent(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseServiceTask(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseSendTask(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseScriptTask(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseTask(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseUserTask(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseCallActivity(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseSubProcess(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseIntermediateCatchEvent(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseIntermediateThrowEvent(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }

    @Override
    public void parseBoundaryEvent(Element e, ScopeImpl s, ActivityImpl a) { attach(a); }
  }
}
