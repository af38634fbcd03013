package fi.avustukset.platform.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Completing a task again when it lost a race with a parallel task of the same instance (issue
 * 9.3: two reviewers completing their score tasks at the same moment both write the instance's
 * variables; one of them got an OptimisticLockingException, a 500). Sits before the engine's
 * transaction interceptor, so every attempt is its own transaction; only an outermost task
 * completion is retried (inside someone else's transaction a retry would not be clean).
 */
class TaskCompletionRetry extends CommandInterceptor {

  static final int ATTEMPTS = 4;

  @Override
  public <T> T execute(Command<T> command) {
    boolean retryable = (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
        && Context.getCommandContext() == null
        && !TransactionSynchronizationManager.isActualTransactionActive();
    if (!retryable) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (OptimisticLockingException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(10L * attempt + (long) (Math.random() * 40));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
