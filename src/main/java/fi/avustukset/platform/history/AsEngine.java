package fi.avustukset.platform.history;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs an engine read without the caller's Camunda authentication, so authorization checks do
 * not filter it (an applicant has no READ_HISTORY on the process definitions). Only for reads
 * whose result the web adapter has already authorised and filters itself (the audit trail of a
 * case the caller may read, cycle-time figures for managers); the caller's authentication is
 * restored afterwards.
 */
public final class AsEngine {

  private AsEngine() {}

  public static <T> T read(IdentityService identity, Supplier<T> read) {
    var authentication = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return read.get();
    } finally {
      if (authentication != null) {
        identity.setAuthentication(authentication);
      }
    }
  }
}
