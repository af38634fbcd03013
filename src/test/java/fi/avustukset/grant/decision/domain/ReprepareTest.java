package fi.avustukset.grant.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.SampleApplication;
import fi.avustukset.grant.call.domain.GrantCallService;
import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import static fi.avustukset.support.Refusals.refusedFields;

/** Re-preparation and the rectification answers (DOMAIN.md §6), without engine or database. */
class ReprepareTest {

  static final String NUMBER = "2027-TI-1-0001";

  ApplicationService applications = mock(ApplicationService.class);
  GrantDecisionService decisions = new GrantDecisionService(applications,
      mock(GrantCallService.class), mock(CommitteeRecusalRepository.class), Clock.systemUTC());
  GrantApplication application = SampleApplication.submitted(NUMBER, "2027-TI-1");

  {
    when(applications.get(NUMBER)).thenReturn(application);
  }

  @Test
  void aNewProposalIsAGrantWithinTheRequestOrARejectionWithItsReason() {
    assertThat(refusedFields(() -> decisions.reprepare(NUMBER, "GRANTED", "0", "x")))
        .isEqualTo("proposedAmount");
    assertThat(refusedFields(() -> decisions.reprepare(NUMBER, "GRANTED", 40000.5, "x")))
        .isEqualTo("proposedAmount");
    assertThat(refusedFields(() -> decisions.reprepare(NUMBER, null, null, null)))
        .isEqualTo("proposedDecision,proposalReason");

    var granted = decisions.reprepare(NUMBER, "GRANTED", "30000", "Kustannusarvio tarkistettu");
    assertThat(granted.decision()).isEqualTo("GRANTED");
    assertThat(application.getProposedAmount()).isEqualTo(new BigDecimal("30000.00"));

    var rejected = decisions.reprepare(NUMBER, "REJECTED", "30000", "Ei kelpoinen");
    assertThat(rejected.amount().isZero()).isTrue();
    assertThat(application.getProposedAmount()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void aRectificationRequestNeedsItsGrounds() {
    assertThat(refusedFields(() -> decisions.recordRectificationRequest(NUMBER, null, null)))
        .isEqualTo("rectificationRequested");
    assertThat(refusedFields(() -> decisions.recordRectificationRequest(NUMBER, "true", " ")))
        .isEqualTo("rectificationReasons");
    assertThat(decisions.recordRectificationRequest(NUMBER, false, null)).isFalse();
    assertThat(application.isRectificationRequested()).isFalse();
    assertThat(decisions.recordRectificationRequest(NUMBER, "true", "Summa väärin")).isTrue();
    assertThat(application.isRectificationRequested()).isTrue();
  }

  @Test
  void anUpheldDecisionStaysAndAnAmendedOneIsNotAReturn() {
    assertThat(refusedFields(() -> decisions.decideRectification(NUMBER, null, null, null, "x")))
        .isEqualTo("rectificationOutcome");
    assertThat(refusedFields(() -> decisions.decideRectification(NUMBER, "UPHELD", null, null, " ")))
        .isEqualTo("decisionReasons");
    assertThat(decisions.decideRectification(NUMBER, "UPHELD", null, null, "Perusteet")).isEmpty();
    assertThat(refusedFields(() -> decisions.decideRectification(NUMBER, "AMENDED", "RETURNED", null,
        "Perusteet"))).isEqualTo("decision");
  }
}
