package fi.avustukset.platform.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Keeps a user's mistake out of the ERROR log. The engine logs every exception that ends a
 * command ("ENGINE-16004 Exception while closing command context", with the whole stack trace)
 * before the REST layer or /api answers it; for a refusal that is a client's mistake
 * ({@link ClientMistakes}) that line is dropped — the refusal itself is logged once at WARN
 * without a trace. Real failures pass untouched. Only the engine's command-context logger is
 * filtered; job failures and everything else log as before.
 *
 * <p>A unique key taken by a concurrent identical write (SQLState 23505, e.g. two identical
 * conflict declarations at once, {@code uq_conflict}) is a lost race the request answers
 * properly (retried, or 409 — {@link ClientMistakes}); Hibernate's {@code SqlExceptionHelper}
 * still logs it as a WARN line with the SQL state followed by an ERROR line with the database's
 * text. That ERROR line is logged at WARN instead (same logger, same text, no trace); every
 * other SQL error stays ERROR.
 */
@Component
public class UserMistakeLogFilter extends TurboFilter {

  static final String CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  static final String SQL_LOGGER = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper";
  static final String UNIQUE_VIOLATION = "SQLState: 23505";

  /** Set by Hibernate's "SQL Error: 0, SQLState: 23505" line for the ERROR line after it. */
  private static final ThreadLocal<Boolean> UNIQUE_VIOLATION_PENDING = new ThreadLocal<>();

  public UserMistakeLogFilter() {
    setName("user-mistakes");
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getTurboFilterList().removeIf(f -> "user-mistakes".equals(f.getName()));
      context.addTurboFilter(this);
      start();
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format,
      Object[] params, Throwable t) {
    if (logger != null && level != null && format != null && SQL_LOGGER.equals(logger.getName())) {
      return sqlError(logger, level, format, t);
    }
    if (logger == null || !logger.getName().startsWith(CONTEXT_LOGGER)
        || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t;
    if (thrown == null && params != null && params.length > 0
        && params[params.length - 1] instanceof Throwable last) {
      thrown = last;
    }
    if (thrown != null && ClientMistakes.classify(thrown).isPresent()) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  private static FilterReply sqlError(Logger logger, Level level, String format, Throwable t) {
    if (level == Level.WARN && format.endsWith(UNIQUE_VIOLATION)) {
      UNIQUE_VIOLATION_PENDING.set(Boolean.TRUE);
      return FilterReply.NEUTRAL;
    }
    if (level == Level.ERROR && UNIQUE_VIOLATION_PENDING.get() != null) {
      UNIQUE_VIOLATION_PENDING.remove();
      if (t == null) {
        logger.warn("{}", format); // the same line one level down (WARN passes this filter)
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }
}
