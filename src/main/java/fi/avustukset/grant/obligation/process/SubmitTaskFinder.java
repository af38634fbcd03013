package fi.avustukset.grant.obligation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** Finds the applicant's open report task (Task_SubmitReport) of a grant-report instance. */
final class SubmitTaskFinder {

  static final String SUBMIT_TASK = "Task_SubmitReport";

  static Task find(DelegateExecution execution) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SUBMIT_TASK)
        .singleResult();
  }

  /** Raises the task's priority (never lowers it) and puts the note in its description. */
  static void flag(DelegateExecution execution, int priority, String note) {
    Task task = find(execution);
    if (task == null) {
      return;
    }
    var taskService = execution.getProcessEngineServices().getTaskService();
    task.setPriority(Math.max(task.getPriority(), priority));
    task.setDescription(note);
    taskService.saveTask(task);
  }

  private SubmitTaskFinder() {}
}
