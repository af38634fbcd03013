package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import fi.avustukset.grant.eligibility.domain.EligibilityReview;
import org.junit.jupiter.api.Test;

/**
 * The domain names a refused field by the form's name, which is the process variable: the two
 * lists may not drift apart (a form marks the field the refusal names).
 */
class FieldNamesTest {

  @Test
  void domainRefusalsNameTheProcessVariables() {
    assertThat(EligibilityReview.DECISION).isEqualTo(ELIGIBILITY_DECISION);
    assertThat(EligibilityReview.NOTE).isEqualTo(ELIGIBILITY_NOTE);
    assertThat(EligibilityReview.COMPLETION_REQUEST).isEqualTo(COMPLETION_REQUEST);
    assertThat(EligibilityReview.COMPLETION_DUE).isEqualTo(COMPLETION_DUE);
    assertThat(ApplicationService.NEGOTIATION_NOTES).isEqualTo(NEGOTIATION_NOTES);
    assertThat(ApplicationService.NEGOTIATION_OUTCOME).isEqualTo(NEGOTIATION_OUTCOME);
    assertThat(ApplicationService.NEGOTIATED_AMOUNT).isEqualTo(NEGOTIATED_AMOUNT);
    assertThat(GrantDecisionService.PROPOSED_DECISION).isEqualTo(PROPOSED_DECISION);
    assertThat(GrantDecisionService.PROPOSED_AMOUNT).isEqualTo(PROPOSED_AMOUNT);
    assertThat(GrantDecisionService.PROPOSAL_REASON).isEqualTo(PROPOSAL_REASON);
    assertThat(GrantDecisionService.RECTIFICATION_REQUESTED).isEqualTo(RECTIFICATION_REQUESTED);
    assertThat(GrantDecisionService.RECTIFICATION_REASONS).isEqualTo(RECTIFICATION_REASONS);
    assertThat(GrantDecisionService.RECTIFICATION_OUTCOME).isEqualTo(RECTIFICATION_OUTCOME);
  }
}
