package fi.avustukset.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what the application logs (all loggers) while a piece of a test runs. */
public final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

  public LogCapture() {
    appender.start();
    root.addAppender(appender);
  }

  public synchronized List<ILoggingEvent> events() {
    return new ArrayList<>(appender.list);
  }

  /** Events that carry a stack trace, or are at ERROR level. */
  public List<String> tracesAndErrors() {
    List<String> bad = new ArrayList<>();
    for (ILoggingEvent e : events()) {
      if (e.getThrowableProxy() != null || e.getLevel().levelInt >= ch.qos.logback.classic.Level.ERROR_INT) {
        bad.add(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage());
      }
    }
    return bad;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
  }
}
