package fi.avustukset;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Process application for the grant lifecycle of a wellbeing services county's partnership
 * model, the MINNO semester cycle and the reporting of funded projects (see README.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrantProcessApplication {

  public static void main(String[] args) {
    SpringApplication.run(GrantProcessApplication.class, args);
  }
}
