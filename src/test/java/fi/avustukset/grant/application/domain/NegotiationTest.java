package fi.avustukset.grant.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Partnership negotiation (DOMAIN.md §2) and its transitions, without engine or database. */
class NegotiationTest {

  static final String NUMBER = "2027-KU-1-0001";

  GrantApplicationRepository repository = mock(GrantApplicationRepository.class);
  ApplicationService service = new ApplicationService(repository, mock(GrantCallService.class),
      Clock.systemUTC());
  GrantApplication application = new GrantApplication(NUMBER, "2027-KU-1",
      new ApplicationData("Savon Mielenterveysyhdistys ry", "1234567-1", "ASSOCIATION",
          "Hanke", "Nuoret", true, "S1", true, ServiceDirectory.LAHELLA, 5, false, true, null,
          new BigDecimal("40000.00"), 2, null),
      "applicant", Instant.parse("2027-02-01T10:00:00Z"));

  {
    when(repository.findById(NUMBER)).thenReturn(Optional.of(application));
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
  void everyRoundNeedsNotesAndAnOutcome() {
    assertThat(refused(() -> service.negotiate(NUMBER, "CONTINUE", " ", null)))
        .isEqualTo("negotiationNotes");
    assertThat(refused(() -> service.negotiate(NUMBER, "MAYBE", "Kokous 1", null)))
        .isEqualTo("negotiationOutcome");
    assertThat(service.negotiate(NUMBER, "CONTINUE", "Kokous 1", null)).isNull();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_NEGOTIATION);
  }

  @Test
  void aLetterOfIntentNeedsAnAmountWithinTheRequest() {
    assertThat(refused(() -> service.negotiate(NUMBER, "LETTER_OF_INTENT", "Sovittu", "0")))
        .isEqualTo("negotiatedAmount");
    assertThatThrownBy(() -> service.negotiate(NUMBER, "LETTER_OF_INTENT", "Sovittu", "40000.01"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors().get(0).message()).contains("(E9)"));
    assertThat(service.negotiate(NUMBER, "LETTER_OF_INTENT", "Sovittu", 35000.0))
        .isEqualByComparingTo("35000");
  }

  @Test
  void theOutcomeBecomesAProposal() {
    service.recordNegotiationOutcome(NUMBER, true, 35000.0, "Sovittu");
    assertThat(application.isLetterOfIntent()).isTrue();
    assertThat(application.getProposedAmount()).isEqualTo(new BigDecimal("35000.00"));

    service.recordNegotiationOutcome(NUMBER, false, null, "Ei yhteistä näkemystä");
    assertThat(application.isLetterOfIntent()).isFalse();
    assertThat(application.getProposedAmount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(application.getProposalReason())
        .isEqualTo("Kumppanuusneuvottelu päättyi ilman aiesopimusta: Ei yhteistä näkemystä");
  }
}
