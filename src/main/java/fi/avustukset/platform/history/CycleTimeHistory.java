package fi.avustukset.platform.history;

import fi.avustukset.platform.history.PhaseTimes.ActivitySpan;
import fi.avustukset.platform.history.PhaseTimes.PhaseStat;
import fi.avustukset.platform.history.PhaseTimes.TaskSpan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/**
 * Reads the spans of {@link PhaseTimes} from the engine's history (full history level): the
 * historic process instances of the phases' processes (case = business key), their activity
 * instances, their user tasks and when each task first got an assignee (the identity-link log,
 * which records claims as well as assignments made when the task was created).
 *
 * <p>Reads as the engine itself, not as the caller: the web adapters decide who may see the
 * figures (managers and staff), and the figures are counts and hours, not case contents.
 */
@Service
public class CycleTimeHistory {

  private final HistoryService history;
  private final IdentityService identity;

  public CycleTimeHistory(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The phases' figures over the cases whose business key passes the filter. */
  public List<PhaseStat> measure(List<Phase> phases, Predicate<String> cases) {
    return AsEngine.read(identity, () -> read(phases, cases));
  }

  private List<PhaseStat> read(List<Phase> phases, Predicate<String> cases) {
    Set<String> processKeys = new LinkedHashSet<>();
    phases.forEach(p -> processKeys.add(p.processKey()));
    Map<String, HistoricProcessInstance> instances = new HashMap<>();
    Map<String, String> keyOfInstance = new HashMap<>();
    for (String processKey : processKeys) {
      for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(processKey).list()) {
        if (pi.getBusinessKey() != null && cases.test(pi.getBusinessKey())) {
          instances.put(pi.getId(), pi);
          keyOfInstance.put(pi.getId(), processKey);
        }
      }
    }
    List<ActivitySpan> spans = new ArrayList<>();
    Set<String> activityIds = new LinkedHashSet<>();
    phases.forEach(p -> activityIds.addAll(p.activityIds()));
    for (String activityId : activityIds) {
      for (HistoricActivityInstance ai : history.createHistoricActivityInstanceQuery()
          .activityId(activityId).list()) {
        HistoricProcessInstance pi = instances.get(ai.getProcessInstanceId());
        if (pi != null) {
          spans.add(new ActivitySpan(pi.getBusinessKey(), pi.getId(),
              keyOfInstance.get(pi.getId()), ai.getActivityId(), ai.getId(),
              instant(ai.getStartTime()), instant(ai.getEndTime())));
        }
      }
    }
    List<TaskSpan> tasks = new ArrayList<>();
    for (String processKey : processKeys) {
      tasks.addAll(tasks(processKey, instances.keySet()).values().stream()
          .map(TaskWithName::span).toList());
    }
    return PhaseTimes.compute(phases, spans, tasks);
  }

  /**
   * Every user task of a process as a phase of its own, in the order the tasks first started
   * (the MINNO steps): label = the task's name in the model.
   */
  public List<PhaseStat> measureUserTasks(String processKey, Predicate<String> cases) {
    return AsEngine.read(identity, () -> readUserTasks(processKey, cases));
  }

  private List<PhaseStat> readUserTasks(String processKey, Predicate<String> cases) {
    Map<String, HistoricProcessInstance> instances = new HashMap<>();
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).list()) {
      if (pi.getBusinessKey() != null && cases.test(pi.getBusinessKey())) {
        instances.put(pi.getId(), pi);
      }
    }
    Map<String, TaskWithName> tasks = tasks(processKey, instances.keySet());
    Map<String, Instant> firstStart = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    List<ActivitySpan> spans = new ArrayList<>();
    for (TaskWithName t : tasks.values()) {
      firstStart.merge(t.definitionKey(), t.span().created(), (a, b) -> a.isBefore(b) ? a : b);
      names.putIfAbsent(t.definitionKey(), t.name() == null ? t.definitionKey() : t.name());
      spans.add(new ActivitySpan(instances.get(t.span().processInstanceId()).getBusinessKey(),
          t.span().processInstanceId(), processKey, t.definitionKey(),
          t.span().activityInstanceId(), t.span().created(), t.span().end()));
    }
    List<Phase> phases = firstStart.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .map(e -> Phase.of(e.getKey(), names.get(e.getKey()), processKey, e.getKey()))
        .toList();
    return PhaseTimes.compute(phases, spans,
        tasks.values().stream().map(TaskWithName::span).toList());
  }

  record TaskWithName(String definitionKey, String name, TaskSpan span) {}

  private Map<String, TaskWithName> tasks(String processKey, Set<String> instanceIds) {
    Map<String, Instant> firstAssigned = new HashMap<>();
    for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery()
        .processDefinitionKey(processKey).type(IdentityLinkType.ASSIGNEE).operationType("add")
        .list()) {
      if (link.getTaskId() != null && link.getTime() != null) {
        firstAssigned.merge(link.getTaskId(), link.getTime().toInstant(),
            (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<String, TaskWithName> out = new LinkedHashMap<>();
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(processKey).list()) {
      if (instanceIds.contains(t.getProcessInstanceId())) {
        out.put(t.getId(), new TaskWithName(t.getTaskDefinitionKey(), t.getName(),
            new TaskSpan(t.getActivityInstanceId(), t.getProcessInstanceId(),
                instant(t.getStartTime()), firstAssigned.get(t.getId()), instant(t.getEndTime()))));
      }
    }
    return out;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
