package fi.avustukset.grant.scoring.process;

import fi.avustukset.grant.application.process.GrantApplicationVariables;
import fi.avustukset.grant.call.domain.Criterion;
import fi.avustukset.platform.process.TransientFields;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review points of Task_ScoreApplication (one field per criterion, DOMAIN.md §4) are kept
 * in {@code application_review} by {@link RecordReview}, with the reviewer and the time; as
 * process variables they would only be created and removed in the same transaction. So they
 * reach the listeners as transient variables. The reviewer's comment stays a variable: the case
 * history shows it.
 */
@Configuration
class ReviewPointFields {

  @Bean
  TransientFields reviewPoints() {
    return new TransientFields(GrantApplicationVariables.PROCESS_KEY, "Task_ScoreApplication",
        Arrays.stream(Criterion.values()).map(Criterion::scoreVariable)
            .collect(Collectors.toSet()));
  }
}
