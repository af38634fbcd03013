package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import fi.avustukset.support.LogCapture;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SQL part of {@link UserMistakeLogFilter}: a lost unique-key race is WARN, not ERROR. */
class UserMistakeLogFilterTest {

  final Logger sql = LoggerFactory.getLogger(UserMistakeLogFilter.SQL_LOGGER);

  private static String line(ILoggingEvent e) {
    return e.getLevel() + " " + e.getFormattedMessage();
  }

  @Test
  void aUniqueViolationIsLoggedAtWarnWithItsTextAndOtherSqlErrorsStayErrors() {
    new UserMistakeLogFilter();
    try (LogCapture log = new LogCapture()) {
      // what Hibernate's SqlExceptionHelper logs for a raced duplicate insert
      sql.warn("SQL Error: 0, SQLState: 23505");
      sql.error("ERROR: duplicate key value violates unique constraint \"uq_conflict\"");
      // a real failure: a foreign key, then an ERROR without a preceding state line
      sql.warn("SQL Error: 0, SQLState: 23503");
      sql.error("ERROR: insert or update violates foreign key constraint \"fk_x\"");
      sql.error("ERROR: relation \"nothing\" does not exist");
      assertThat(log.events().stream().filter(e -> e.getLoggerName()
          .equals(UserMistakeLogFilter.SQL_LOGGER)).map(UserMistakeLogFilterTest::line))
          .containsExactly("WARN SQL Error: 0, SQLState: 23505",
              "WARN ERROR: duplicate key value violates unique constraint \"uq_conflict\"",
              "WARN SQL Error: 0, SQLState: 23503",
              "ERROR ERROR: insert or update violates foreign key constraint \"fk_x\"",
              "ERROR ERROR: relation \"nothing\" does not exist");
    }
  }
}
