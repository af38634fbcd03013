package fi.avustukset.grant.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.platform.domain.Euro;
import org.junit.jupiter.api.Test;

/** §5: a call's grants and proposals stay within its appropriation. */
class AppropriationLimitTest {

  static final Euro APPROPRIATION = Euro.of("100000");

  @Test
  void aGrantFitsWhatIsLeftToTheCent() {
    assertThat(AppropriationLimit.grantViolation(Euro.of("40000"), Euro.of("60000"), APPROPRIATION))
        .isEmpty();
    assertThat(AppropriationLimit.grantViolation(Euro.of("40000.01"), Euro.of("60000"), APPROPRIATION))
        .hasValue("haun määräraha ylittyisi: jäljellä 40\u00a0000,00\u00a0€ (DOMAIN.md §5)");
  }

  @Test
  void aProposalFitsBesideTheOtherProposals() {
    assertThat(AppropriationLimit.proposalViolation(Euro.ZERO, Euro.of("100000"), APPROPRIATION))
        .isEmpty();
    assertThat(AppropriationLimit.proposalViolation(Euro.of("1"), Euro.of("99999.50"), APPROPRIATION))
        .hasValue("esitykset ylittäisivät määrärahan: muille on esitetty 99\u00a0999,50\u00a0€ / 100\u00a0000,00\u00a0€");
  }
}
