package fi.avustukset.grant.attachment.domain;

import static fi.avustukset.grant.attachment.domain.AttachmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.call.domain.GrantType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which attachments each grant type requires: one rule home (issue 13). */
class RequiredAttachmentsTest {

  @Test
  void everyApplicationNeedsStatutesAndBudget() {
    assertThat(RequiredAttachments.of(GrantType.PARTNERSHIP)).containsExactlyInAnyOrder(STATUTES,
        BUDGET);
  }

  @Test
  void anOperatingGrantAlsoNeedsTheFinancialStatements() {
    assertThat(RequiredAttachments.of(GrantType.OPERATING_INNOVATION))
        .containsExactlyInAnyOrder(STATUTES, BUDGET, FINANCIAL_STATEMENTS);
  }

  @Test
  void missingAreTheRequiredOnesNotPresentInKindOrder() {
    assertThat(RequiredAttachments.missing(GrantType.OPERATING_INNOVATION, Set.of(BUDGET, OTHER)))
        .containsExactly(STATUTES, FINANCIAL_STATEMENTS);
    assertThat(RequiredAttachments.missing(GrantType.PARTNERSHIP, List.of(BUDGET, STATUTES)))
        .isEmpty();
  }

  @Test
  void optionalKindsNeverCountAsRequired() {
    assertThat(RequiredAttachments.missing(GrantType.PARTNERSHIP, Set.of(ANNUAL_REPORT,
        LETTER_OF_INTENT, OTHER))).containsExactly(STATUTES, BUDGET);
  }
}
