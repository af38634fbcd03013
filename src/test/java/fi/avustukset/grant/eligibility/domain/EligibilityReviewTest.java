package fi.avustukset.grant.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.grant.eligibility.domain.EligibilityReview.Choice;
import fi.avustukset.grant.eligibility.domain.EligibilityReview.Input;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the preparer's eligibility review (DOMAIN.md §3), without engine or database. */
class EligibilityReviewTest {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
  static final Period PERIOD = Period.ofDays(14);

  static EligibilityReview.Outcome review(String choice, Object note, List<String> failures,
      Object request, Object due) {
    return EligibilityReview.validate(new Input(choice, note, failures, request, due), TODAY, PERIOD);
  }

  static List<String> refusedFields(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aChoiceIsNeeded() {
    assertThat(refusedFields(() -> review(null, null, List.of(), null, null)))
        .containsExactly(EligibilityReview.DECISION);
    assertThat(refusedFields(() -> review("MAYBE", "x", List.of(), null, null)))
        .containsExactly(EligibilityReview.DECISION);
  }

  @Test
  void judgementSettlesOpenQuestionsOnlyAndNeedsItsReason() {
    assertThat(review("ELIGIBLE", "Yleishyödyllinen", List.of(), null, null).choice())
        .isEqualTo(Choice.ELIGIBLE);
    assertThatThrownBy(() -> review("ELIGIBLE", "Hyvä", List.of("E3", "E5"), null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0)
            .message()).startsWith("ehdot E3, E5 eivät täyty"));
    assertThat(refusedFields(() -> review("ELIGIBLE", " ", List.of(), null, null)))
        .containsExactly(EligibilityReview.NOTE);
  }

  @Test
  void completionNeedsItsTextAndAFutureDeadlineDefaultingToThePeriod() {
    var outcome = review("REQUEST_COMPLETION", null, List.of("E6"), "Liite puuttuu", null);
    assertThat(outcome.completionDue()).isEqualTo(LocalDate.of(2027, 3, 15));
    assertThat(outcome.completionDeadline()).isEqualTo(Instant.parse("2027-03-15T22:00:00Z"));
    assertThat(review("REQUEST_COMPLETION", null, List.of(), "Liite", "2027-04-01").completionDue())
        .isEqualTo(LocalDate.of(2027, 4, 1));

    assertThat(refusedFields(() -> review("REQUEST_COMPLETION", null, List.of(), " ", null)))
        .containsExactly(EligibilityReview.COMPLETION_REQUEST);
    assertThat(refusedFields(() -> review("REQUEST_COMPLETION", null, List.of(), "x", "2027-03-01")))
        .containsExactly(EligibilityReview.COMPLETION_DUE);
    assertThat(refusedFields(() -> review("REQUEST_COMPLETION", null, List.of(), "x", "1.4.2027")))
        .containsExactly(EligibilityReview.COMPLETION_DUE);
  }

  @Test
  void rejectionProposalNeedsItsReasonAndNamesTheFailedRules() {
    assertThat(review("PROPOSE_REJECTION", "Ei yhdistys", List.of("E1"), null, null)
        .rejectionProposal()).isEqualTo("Valmistelija esittää hylkäämistä: Ei yhdistys (E1)");
    assertThat(review("PROPOSE_REJECTION", "Ei yhdistys", List.of(), null, null)
        .rejectionProposal()).isEqualTo("Valmistelija esittää hylkäämistä: Ei yhdistys");
    assertThat(refusedFields(() -> review("PROPOSE_REJECTION", null, List.of("E1"), null, null)))
        .containsExactly(EligibilityReview.NOTE);
  }

  @Test
  void failedRulesReadAsText() {
    assertThat(EligibilityReview.ruleList(List.of("E3", "E5"))).isEqualTo("E3, E5");
    assertThat(EligibilityReview.ruleList(null)).isEmpty();
  }
}
