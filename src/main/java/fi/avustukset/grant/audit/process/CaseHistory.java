package fi.avustukset.grant.audit.process;

import fi.avustukset.grant.audit.domain.AuditEntry;
import fi.avustukset.grant.audit.domain.AuditTrail;
import fi.avustukset.grant.audit.domain.CaseSteps;
import fi.avustukset.grant.audit.domain.CaseSteps.Figure;
import fi.avustukset.grant.audit.domain.CaseSteps.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import fi.avustukset.platform.history.AsEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine's part of a case's audit trail (issue 13.3), read from the full history: every
 * process instance of the case (grant-application, grant-agreement, grant-report by the
 * application number, grant-change by {@code <n>-M<k>}), their finished user tasks with
 * assignee and time, the system steps of {@link CaseSteps}, the operations done in Cockpit or
 * Tasklist (user operation log: claims, assignments, variable edits, retries …) and every change
 * of a figure of {@link CaseSteps#FIGURES} with its old and new value. A change made while
 * completing a task is shown on that task's line.
 */
@Component
public class CaseHistory {

  private final HistoryService history;
  private final IdentityService identity;

  public CaseHistory(HistoryService history, IdentityService identity) {
    this.history = history;
    this.identity = identity;
  }

  /** The process instances of a case, oldest first. */
  public List<HistoricProcessInstance> instances(String applicationNumber) {
    Map<String, HistoricProcessInstance> byId = new LinkedHashMap<>();
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(applicationNumber).orderByProcessInstanceStartTime().asc()
        .list()) {
      byId.put(pi.getId(), pi);
    }
    for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyLike(applicationNumber + "-M%")
        .orderByProcessInstanceStartTime().asc().list()) {
      byId.put(pi.getId(), pi);
    }
    return byId.values().stream()
        .filter(pi -> CaseSteps.CASE_PROCESSES.contains(pi.getProcessDefinitionKey())).toList();
  }

  /** Read as the engine: the caller's access to the case is checked by the web adapter. */
  public List<AuditEntry> entries(String applicationNumber) {
    return AsEngine.read(identity, () -> read(applicationNumber));
  }

  private List<AuditEntry> read(String applicationNumber) {
    List<AuditEntry> out = new ArrayList<>();
    for (HistoricProcessInstance pi : instances(applicationNumber)) {
      out.addAll(entriesOf(pi));
    }
    return out;
  }

  List<AuditEntry> entriesOf(HistoricProcessInstance pi) {
    String source = pi.getProcessDefinitionKey();
    List<AuditEntry> out = new ArrayList<>();
    List<UserOperationLogEntry> operations = history.createUserOperationLogQuery()
        .processInstanceId(pi.getId()).orderByTimestamp().asc().list();
    Map<String, String> userOfOperation = new HashMap<>();
    Map<String, String> completedBy = new HashMap<>();
    for (UserOperationLogEntry op : operations) {
      if (op.getUserId() != null) {
        userOfOperation.putIfAbsent(op.getOperationId(), op.getUserId());
        if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(op.getOperationType())
            && op.getTaskId() != null) {
          completedBy.putIfAbsent(op.getTaskId(), op.getUserId());
        }
      }
    }

    // The start: who started it (the applicant submitting, the preparer starting an agreement).
    Step start = CaseSteps.STARTS.get(source);
    String starter = pi.getStartUserId();
    out.add(new AuditEntry(instant(pi.getStartTime()), starter == null ? CaseSteps.SYSTEM : starter,
        start.role(), start.action(), "Asia " + pi.getBusinessKey() + " (" + PROCESSES.getOrDefault(source, source) + ")", null,
        start.forApplicant(), source));

    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).orderByHistoricActivityInstanceStartTime().asc().list();
    Map<String, String> activityNames = new HashMap<>();
    for (HistoricActivityInstance ai : activities) {
      activityNames.putIfAbsent(ai.getActivityId(), ai.getActivityName());
      Step step = CaseSteps.SYSTEM_STEPS.get(ai.getActivityId());
      if (step != null && ai.getEndTime() != null && !ai.isCanceled()) {
        out.add(new AuditEntry(instant(ai.getEndTime()), CaseSteps.SYSTEM, step.role(),
            step.action(), null, null, step.forApplicant(), source));
      }
    }

    // User tasks: one line each, at completion (or at creation while still open).
    Map<String, Integer> lineOfActivityInstance = new HashMap<>();
    Map<String, Integer> lineOfTask = new HashMap<>();
    for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
        .processInstanceId(pi.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
      Step step = CaseSteps.TASKS.getOrDefault(t.getTaskDefinitionKey(),
          new Step("Tehtävä tehty: " + t.getName(), null, false));
      String created = "Tehtävä \"" + t.getName() + "\" saapui " + FinnishTime.of(t.getStartTime());
      if (t.getEndTime() == null) {
        out.add(new AuditEntry(instant(t.getStartTime()), null, step.role(),
            "Odottaa: " + t.getName(), t.getDueDate() == null ? null
                : "Määräpäivä " + FinnishTime.date(t.getDueDate()), null, step.forApplicant(),
            source));
        continue;
      }
      boolean deleted = t.getDeleteReason() != null && !"completed".equals(t.getDeleteReason());
      String user = t.getAssignee() != null ? t.getAssignee() : completedBy.get(t.getId());
      if (deleted) {
        out.add(new AuditEntry(instant(t.getEndTime()), user == null ? CaseSteps.SYSTEM : user,
            step.role(), "Tehtävä päättyi tekemättä: " + t.getName(), created, null, false, source));
        continue;
      }
      out.add(new AuditEntry(instant(t.getEndTime()), user, step.role(), step.action(), created,
          null, step.forApplicant(), source));
      if (t.getActivityInstanceId() != null) {
        lineOfActivityInstance.put(t.getActivityInstanceId(), out.size() - 1);
      }
      lineOfTask.put(t.getId(), out.size() - 1);
    }

    // Operations in Tasklist, Cockpit or engine-rest other than completing and starting.
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry op : operations) {
      byOperation.computeIfAbsent(op.getOperationId(), k -> new ArrayList<>()).add(op);
    }
    for (List<UserOperationLogEntry> group : byOperation.values()) {
      UserOperationLogEntry first = group.get(0);
      String type = first.getOperationType();
      if (UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type)
          || UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)
          || "SetVariables".equals(type) && first.getTaskId() != null) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (UserOperationLogEntry op : group) {
        if (op.getProperty() != null && !"nrOfInstances".equals(op.getProperty())
            && !"async".equals(op.getProperty())) {
          parts.add(PROPERTIES.getOrDefault(op.getProperty(), op.getProperty()) + ": "
              + Objects.toString(op.getOrgValue(), "(ei arvoa)")
              + " → " + Objects.toString(op.getNewValue(), "(ei arvoa)"));
        }
      }
      out.add(new AuditEntry(instant(first.getTimestamp()), first.getUserId(), null,
          operationName(type, first.getEntityType()), String.join("; ", parts), null, false,
          "käyttäjäloki"));
    }

    // Changed figures, old → new; on the task's line when set by completing it.
    Map<String, Object> previous = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(pi.getId())
        .variableUpdates().disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc()
        .list()) {
      if (!(detail instanceof HistoricVariableUpdate update)) {
        continue;
      }
      Figure figure = CaseSteps.FIGURES.get(update.getVariableName());
      if (figure == null) {
        continue;
      }
      Object value = value(update);
      boolean known = previous.containsKey(update.getVariableName());
      Object before = previous.put(update.getVariableName(), value);
      if (known && (Objects.equals(before, value) || AuditTrail.shown(before, figure.money())
          .equals(AuditTrail.shown(value, figure.money()))) || !known && value == null) {
        continue; // no change a reader could see (30000 as a number and as a decimal)
      }
      String change = AuditTrail.change(figure.label(), before, value, figure.money());
      Integer line = update.getTaskId() != null ? lineOfTask.get(update.getTaskId()) : null;
      if (line == null && update.getActivityInstanceId() != null) {
        line = lineOfActivityInstance.get(update.getActivityInstanceId());
      }
      if (line != null) {
        out.set(line, out.get(line).withDetails(change, !figure.forApplicant()));
      } else {
        String user = update.getUserOperationId() == null ? null
            : userOfOperation.get(update.getUserOperationId());
        out.add(new AuditEntry(instant(update.getTime()), user == null ? CaseSteps.SYSTEM : user,
            null, "Tieto muuttui: " + figure.label(), figure.forApplicant() ? change : null,
            figure.forApplicant() ? null : change, figure.forApplicant(), source));
      }
    }

    if (pi.getEndTime() != null) {
      String end = activityNames.getOrDefault(pi.getEndActivityId(), pi.getEndActivityId());
      out.add(new AuditEntry(instant(pi.getEndTime()), CaseSteps.SYSTEM, null,
          endAction(source), end == null ? pi.getDeleteReason() : end, null, true, source));
    }
    return out;
  }

  /** The case's processes as the trail names them ("Asia 2027-TI-1-0001 (avustushakemus)"). */
  static final Map<String, String> PROCESSES = Map.of("grant-application", "avustushakemus",
      "grant-agreement", "avustussopimus", "grant-report", "raportointi",
      "grant-change", "muutoshakemus");

  /** Task properties of the user operation log in Finnish ("Käsittelijä: – → secretary"). */
  static final Map<String, String> PROPERTIES = Map.of("assignee", "Käsittelijä",
      "owner", "Omistaja", "dueDate", "Määräpäivä", "followUpDate", "Seurantapäivä",
      "priority", "Tärkeys", "name", "Nimi", "description", "Kuvaus",
      "delegation", "Delegointi", "suspensionState", "Tila", "retries", "Uusintayrityksiä");

  static String endAction(String processKey) {
    return switch (processKey) {
      case "grant-application" -> "Hakemuksen käsittely päättyi";
      case "grant-agreement" -> "Sopimusvaihe päättyi";
      case "grant-report" -> "Raportointivelvoite täytetty";
      case "grant-change" -> "Muutoshakemus käsitelty";
      default -> "Prosessi päättyi";
    };
  }

  static String operationName(String type, String entity) {
    return switch (type) {
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "Tehtävä otettu työn alle";
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "Tehtävä annettu käsittelijälle";
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "Tehtävä delegoitu";
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "Tehtävän omistaja vaihdettu";
      case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> "Tehtävän tietoja muutettu";
      case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
          UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE, "SetVariables" ->
          "Prosessin tietoja muutettu (Cockpit/REST)";
      case UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE -> "Prosessin tieto poistettu";
      case UserOperationLogEntry.OPERATION_TYPE_SUSPEND -> "Käsittely keskeytetty";
      case UserOperationLogEntry.OPERATION_TYPE_ACTIVATE -> "Käsittely jatkuu";
      case UserOperationLogEntry.OPERATION_TYPE_DELETE -> "Poistettu: " + entity;
      case UserOperationLogEntry.OPERATION_TYPE_SET_JOB_RETRIES -> "Epäonnistunut vaihe yritetään uudelleen";
      case UserOperationLogEntry.OPERATION_TYPE_EXECUTE -> "Ajastettu vaihe ajettu käsin";
      case UserOperationLogEntry.OPERATION_TYPE_MODIFY_PROCESS_INSTANCE -> "Prosessin kulkua muutettu";
      default -> type + " (" + entity + ")";
    };
  }

  private static Object value(HistoricVariableUpdate update) {
    try {
      TypedValue typed = update.getTypedValue();
      if (typed instanceof ObjectValue object) {
        return object.isDeserialized() ? object.getValue() : object.getValueSerialized();
      }
      return typed == null ? null : typed.getValue();
    } catch (RuntimeException e) {
      return update.getErrorMessage() != null ? "(ei luettavissa)" : null;
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
