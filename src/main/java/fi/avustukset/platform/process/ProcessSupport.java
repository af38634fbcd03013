package fi.avustukset.platform.process;

import fi.avustukset.platform.domain.Values;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Small helpers shared by the delegates of the processes. */
public final class ProcessSupport {

  /** The user completing the task (the authenticated user, else the assignee). */
  public static String actor(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }

  /** Start of the given day in Finland, as the engine's timers and due dates want it. */
  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(Values.HELSINKI).toInstant());
  }

  /**
   * Writes the variable only when its value or its Java type differs from what the scope holds:
   * with full history every write is a runtime update, a history update and a history detail,
   * and many writes of the delegates repeat what the form or the starter sent (BENCHMARKS.md,
   * levers 1 and 15). A rewrite in another type (an integer sent, a double kept) is written.
   */
  public static void setIfChanged(VariableScope scope, String name, Object value) {
    Object current = scope.getVariable(name);
    if (current != null && value != null && current.getClass() == value.getClass()
        && current.equals(value)) {
      return;
    }
    scope.setVariable(name, value);
  }

  private ProcessSupport() {}
}
