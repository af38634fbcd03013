package fi.avustukset.grant.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static fi.avustukset.support.Refusals.refusedFields;

/** Partnership negotiation (DOMAIN.md §2) and its transitions, without engine or database. */
class NegotiationTest {

  static final String NUMBER = "2027-KU-1-0001";

  GrantApplicationRepository repository = mock(GrantApplicationRepository.class);
  ApplicationService service = new ApplicationService(repository, mock(GrantCallService.class),
      Clock.systemUTC());
  GrantApplication application = SampleApplication.submitted(NUMBER, "2027-KU-1");

  {
    when(repository.findById(NUMBER)).thenReturn(Optional.of(application));
  }

  @Test
  void everyRoundNeedsNotesAndAnOutcome() {
    assertThat(refusedFields(() -> service.negotiate(NUMBER, "CONTINUE", " ", null)))
        .isEqualTo("negotiationNotes");
    assertThat(refusedFields(() -> service.negotiate(NUMBER, "MAYBE", "Kokous 1", null)))
        .isEqualTo("negotiationOutcome");
    assertThat(service.negotiate(NUMBER, "CONTINUE", "Kokous 1", null)).isNull();
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_NEGOTIATION);
  }

  @Test
  void aLetterOfIntentNeedsAnAmountWithinTheRequest() {
    assertThat(refusedFields(() -> service.negotiate(NUMBER, "LETTER_OF_INTENT", "Sovittu", "0")))
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
