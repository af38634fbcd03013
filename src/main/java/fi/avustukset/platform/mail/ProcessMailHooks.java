package fi.avustukset.platform.mail;

import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A wing's notifications tied to process steps, without touching the BPMN files: an
 * implementation names the steps by process key and element id (see {@link Registry}), and
 * {@link MailHookPlugin} adds listeners to those elements when the models are parsed. The
 * listeners run in the step's own transaction, so the outbox row commits with the step.
 *
 * <p>Implementations are resolved while the engine starts: they must not depend on the engine's
 * services (RuntimeService, TaskService…), only on domain services and the {@link Outbox}.
 */
public interface ProcessMailHooks {

  void register(Registry registry);

  /** Where the hooks attach. */
  interface Registry {
    /** When the activity (service task, event, call activity…) ends. */
    void onEnd(String processKey, String elementId, Consumer<DelegateExecution> action);

    /** When the activity (or event, e.g. an end event) starts. */
    void onStart(String processKey, String elementId, Consumer<DelegateExecution> action);

    /** When a user task of that element is created. */
    void onTaskCreate(String processKey, String elementId, Consumer<DelegateTask> action);

    /** When a user task of that element is completed (after its form's listeners). */
    void onTaskComplete(String processKey, String elementId, Consumer<DelegateTask> action);
  }
}
