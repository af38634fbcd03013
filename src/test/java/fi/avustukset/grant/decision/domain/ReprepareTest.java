package fi.avustukset.grant.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.application.domain.ApplicationData;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ServiceDirectory;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Re-preparation and the rectification answers (DOMAIN.md §6), without engine or database. */
class ReprepareTest {

  static final String NUMBER = "2027-TI-1-0001";

  ApplicationService applications = mock(ApplicationService.class);
  GrantDecisionService decisions = new GrantDecisionService(applications,
      mock(GrantCallService.class), mock(CommitteeRecusalRepository.class), Clock.systemUTC());
  GrantApplication application = new GrantApplication(NUMBER, "2027-TI-1",
      new ApplicationData("Savon Mielenterveysyhdistys ry", "1234567-1", "ASSOCIATION",
          "Hanke", "Nuoret", true, "S1", true, ServiceDirectory.LAHELLA, 5, false, true, null,
          new BigDecimal("40000.00"), 2, null),
      "applicant", Instant.parse("2027-02-01T10:00:00Z"));

  {
    when(applications.get(NUMBER)).thenReturn(application);
  }

  static String refused(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return String.join(",", e.errors().stream().map(FieldError::field).toList());
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aNewProposalIsAGrantWithinTheRequestOrARejectionWithItsReason() {
    assertThat(refused(() -> decisions.reprepare(NUMBER, "GRANTED", "0", "x")))
        .isEqualTo("proposedAmount");
    assertThat(refused(() -> decisions.reprepare(NUMBER, "GRANTED", 40000.5, "x")))
        .isEqualTo("proposedAmount");
    assertThat(refused(() -> decisions.reprepare(NUMBER, null, null, null)))
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
    assertThat(refused(() -> decisions.recordRectificationRequest(NUMBER, null, null)))
        .isEqualTo("rectificationRequested");
    assertThat(refused(() -> decisions.recordRectificationRequest(NUMBER, "true", " ")))
        .isEqualTo("rectificationReasons");
    assertThat(decisions.recordRectificationRequest(NUMBER, false, null)).isFalse();
    assertThat(application.isRectificationRequested()).isFalse();
    assertThat(decisions.recordRectificationRequest(NUMBER, "true", "Summa väärin")).isTrue();
    assertThat(application.isRectificationRequested()).isTrue();
  }

  @Test
  void anUpheldDecisionStaysAndAnAmendedOneIsNotAReturn() {
    assertThat(refused(() -> decisions.decideRectification(NUMBER, null, null, null, "x")))
        .isEqualTo("rectificationOutcome");
    assertThat(refused(() -> decisions.decideRectification(NUMBER, "UPHELD", null, null, " ")))
        .isEqualTo("decisionReasons");
    assertThat(decisions.decideRectification(NUMBER, "UPHELD", null, null, "Perusteet")).isEmpty();
    assertThat(refused(() -> decisions.decideRectification(NUMBER, "AMENDED", "RETURNED", null,
        "Perusteet"))).isEqualTo("decision");
  }
}
