package fi.avustukset;

import fi.avustukset.grant.agreement.process.GrantAgreementVariables;
import fi.avustukset.grant.application.process.GrantApplicationVariables;
import fi.avustukset.grant.call.process.GrantCallVariables;
import fi.avustukset.grant.change.process.GrantChangeVariables;
import fi.avustukset.minno.process.MinnoSemesterVariables;
import fi.avustukset.platform.process.StartFields;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The start fields of each process that people start (declared in the process's
 * {@code *Variables} class), handed to the engine's input guard (InputGuardPlugin).
 */
@Configuration
public class StartFieldsConfiguration {

  @Bean
  StartFields grantApplicationStartFields() {
    return GrantApplicationVariables.START_FIELDS;
  }

  @Bean
  StartFields grantCallStartFields() {
    return GrantCallVariables.START_FIELDS;
  }

  @Bean
  StartFields minnoSemesterStartFields() {
    return MinnoSemesterVariables.START_FIELDS;
  }

  @Bean
  StartFields grantAgreementStartFields() {
    return GrantAgreementVariables.START_FIELDS;
  }

  @Bean
  StartFields grantChangeStartFields() {
    return GrantChangeVariables.START_FIELDS;
  }
}
