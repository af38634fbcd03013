package fi.avustukset.platform.config;

import fi.avustukset.platform.domain.Values;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ClockConfiguration {

  /** Finnish wall-clock time; tests replace it to move days. */
  @Bean
  Clock clock() {
    return Clock.system(Values.HELSINKI);
  }
}
