package fi.avustukset.platform.process;

import fi.avustukset.platform.domain.Euro;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The figures of a user task as a Finn reads them in the form's text: when a task with a Camunda
 * Form is created, every money variable it sees (a number whose name ends in {@code Amount} or
 * {@code Total}) is also given to the task as text, {@code <name>Text}: {@code requestedAmount}
 * 45000.0 → {@code requestedAmountText} "45 000,00 €" ({@link Euro#inFinnish(Number)}). A form's
 * {@code text} component writes {@code {{requestedAmountText}}} instead of
 * {@code {{requestedAmount}} €} (which Tasklist shows as "45000 €"). The texts are task-local:
 * they show the figures as they are when the task is given, and the process's own variables are
 * left as they were.
 */
public final class TaskTexts implements TaskListener {

  public static final String SUFFIX = "Text";

  /** True for the name of a money variable that gets a text (tests and forms rely on it). */
  public static boolean isMoney(String variableName) {
    return (variableName.endsWith("Amount") || variableName.endsWith("Total"))
        && !variableName.endsWith(SUFFIX);
  }

  @Override
  public void notify(DelegateTask task) {
    for (String name : task.getVariableNames()) {
      if (isMoney(name) && task.getVariable(name) instanceof Number amount) {
        task.setVariableLocal(name + SUFFIX, Euro.inFinnish(amount));
      }
    }
  }
}
