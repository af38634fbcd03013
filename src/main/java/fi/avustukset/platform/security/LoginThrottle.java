package fi.avustukset.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Brute-force guard of every password check (HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the webapps' login form), per client and user: after
 * {@code free-failures} wrong passwords from one client address for one user, that client must
 * wait before its next try for that user, 2, 4, 8 … seconds, never more than {@code max-delay}.
 * Nothing is ever locked for good, and a failure from one client never delays the same user
 * on another client — an outsider cannot lock a real user out (issue 9.5). Camunda's own
 * per-user lock is switched off (application.yaml {@code login-max-attempts},
 * {@code login-delay-base}). State is per node and in memory; a success from the client,
 * {@code forget-after} without failures, an administrator's "Unlock user" or password change
 * in Camunda Admin clears it.
 */
@Component
public class LoginThrottle {

  private record Key(String client, String user) {}

  private static final class Entry {
    int failures;
    long blockedUntil;
    long lastFailure;
  }

  private static final int MAX_ENTRIES = 20_000;

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final int freeFailures;
  private final long maxDelayMillis;
  private final long forgetAfterMillis;
  private final Clock clock;

  @Autowired
  public LoginThrottle(@Value("${grants.security.login.free-failures:3}") int freeFailures,
      @Value("${grants.security.login.max-delay:PT60S}") Duration maxDelay,
      @Value("${grants.security.login.forget-after:PT15M}") Duration forgetAfter) {
    this(freeFailures, maxDelay, forgetAfter, Clock.systemUTC());
  }

  LoginThrottle(int freeFailures, Duration maxDelay, Duration forgetAfter, Clock clock) {
    this.freeFailures = freeFailures;
    this.maxDelayMillis = maxDelay.toMillis();
    this.forgetAfterMillis = forgetAfter.toMillis();
    this.clock = clock;
  }

  /** Whole seconds the client must still wait before trying this user's password; 0 = may try. */
  public long secondsToWait(String client, String user) {
    Entry entry = entries.get(new Key(client, user));
    if (entry == null) {
      return 0;
    }
    long now = clock.millis();
    synchronized (entry) {
      long left = entry.blockedUntil - now;
      return left <= 0 ? 0 : (left + 999) / 1000;
    }
  }

  /** A wrong password from this client; returns the seconds it must now wait (0 = none). */
  public long failed(String client, String user) {
    long now = clock.millis();
    if (entries.size() > MAX_ENTRIES) {
      entries.values().removeIf(e -> e.blockedUntil < now && e.lastFailure < now - 60_000);
    }
    Entry entry = entries.computeIfAbsent(new Key(client, user), k -> new Entry());
    synchronized (entry) {
      if (entry.lastFailure < now - forgetAfterMillis) {
        entry.failures = 0;
      }
      entry.failures++;
      entry.lastFailure = now;
      if (entry.failures >= freeFailures) {
        int step = Math.min(entry.failures - freeFailures + 1, 30);
        long delay = Math.min(1000L << step, maxDelayMillis);
        entry.blockedUntil = now + delay;
        return (delay + 999) / 1000;
      }
      return 0;
    }
  }

  /** The right password from this client: its failures for the user are forgotten. */
  public void succeeded(String client, String user) {
    entries.remove(new Key(client, user));
  }

  /** An administrator unlocked the user (or set a new password): every client may try again. */
  public void unlock(String user) {
    entries.keySet().removeIf(k -> k.user().equals(user));
  }

  /** What a person reads when the client must wait (Finnish). */
  public static String waitMessage(long seconds) {
    return "Liian monta epäonnistunutta kirjautumista. Yritä uudelleen " + seconds
        + " sekunnin kuluttua.";
  }

  public static final String WRONG_PASSWORD = "Väärä käyttäjätunnus tai salasana.";
}
