package fi.avustukset.platform.process;

import fi.avustukset.platform.domain.Values;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Small helpers shared by the delegates of grant-agreement and grant-report. */
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

  private ProcessSupport() {}
}
