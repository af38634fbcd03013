package fi.avustukset.platform.errors;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Idempotent writes under concurrency (issue 9.3): an action that lost a race to an identical
 * one (unique key taken, row changed meanwhile) is run again in a fresh transaction, where it
 * finds the winner's row and answers truthfully (e.g. 200 "exists" instead of a second 201).
 * Call it outside the transaction (from the web adapter), around a {@code @Transactional} call.
 */
public final class Concurrent {

  private static final int ATTEMPTS = 5;

  public static <T> T retryOnRace(Supplier<T> action) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        return action.get();
      } catch (DataIntegrityViolationException e) {
        if (!isUniqueViolation(e)) {
          throw e;
        }
        last = e;
      } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
        last = e;
      }
      try {
        Thread.sleep(5L + (long) (Math.random() * 20 * (attempt + 1)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new ConflictException("Sama tieto tallennettiin juuri samaan aikaan. Tarkista tilanne"
        + " ja yritä tarvittaessa uudelleen.", last);
  }

  /** Whether a unique or primary-key constraint refused the write (SQLState 23505). */
  public static boolean isUniqueViolation(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private Concurrent() {}
}
