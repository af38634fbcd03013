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
 */
@Component
public class UserMistakeLogFilter extends TurboFilter {

  static final String CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

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
}
