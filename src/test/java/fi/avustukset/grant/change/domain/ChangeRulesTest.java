package fi.avustukset.grant.change.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.agreement.domain.AgreementType;
import fi.avustukset.platform.errors.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChangeRulesTest {

  static final ChangeRules.AgreementFacts ONE_YEAR_COOPERATION = new ChangeRules.AgreementFacts(
      AgreementType.COOPERATION, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
      new BigDecimal("30000.00"));

  static ChangeRules.AgreementFacts partnership() {
    return new ChangeRules.AgreementFacts(AgreementType.PARTNERSHIP, LocalDate.of(2027, 3, 1),
        LocalDate.of(2029, 2, 28), new BigDecimal("120000.00"));
  }

  @Test
  void extensionWithinTheMaximumDurationPasses() {
    assertThat(ChangeRules.check(ChangeKind.PERIOD_EXTENSION, ONE_YEAR_COOPERATION,
        LocalDate.of(2028, 12, 31), "newEndDate", BigDecimal.ZERO)).isEmpty();
  }

  @Test
  void extensionMustEndLaterThanTheAgreementNow() {
    assertThat(ChangeRules.check(ChangeKind.PERIOD_EXTENSION, ONE_YEAR_COOPERATION,
        LocalDate.of(2027, 12, 31), "newEndDate", null))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("newEndDate",
            "Uuden päättymispäivän on oltava sopimuskauden nykyisen päättymispäivän 31.12.2027 jälkeen."));
  }

  @Test
  void cooperationAgreementCannotBeExtendedBeyondTwoYears() {
    assertThat(ChangeRules.check(ChangeKind.PERIOD_EXTENSION, ONE_YEAR_COOPERATION,
        LocalDate.of(2029, 1, 1), "newEndDate", null)).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("enintään 2 vuotta").contains("31.12.2028"));
  }

  @Test
  void partnershipMayRunFourYears() {
    assertThat(ChangeRules.check(ChangeKind.PERIOD_EXTENSION, partnership(),
        LocalDate.of(2031, 2, 28), "newEndDate", null)).isEmpty();
    assertThat(ChangeRules.check(ChangeKind.PERIOD_EXTENSION, partnership(),
        LocalDate.of(2031, 3, 1), "newEndDate", null)).hasSize(1);
  }

  @Test
  void reallocatedBudgetNeverAboveTheGrantE9() {
    assertThat(ChangeRules.check(ChangeKind.BUDGET_REALLOCATION, ONE_YEAR_COOPERATION, null,
        "newEndDate", new BigDecimal("30000.00"))).isEmpty();
    assertThat(ChangeRules.check(ChangeKind.BUDGET_REALLOCATION, ONE_YEAR_COOPERATION, null,
        "newEndDate", new BigDecimal("30000.01"))).singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("budgetLines"))
        .satisfies(e -> assertThat(e.message()).contains("E9"));
  }

  @Test
  void contentChangeHasNoFigureRules() {
    assertThat(ChangeRules.check(ChangeKind.CONTENT_CHANGE, ONE_YEAR_COOPERATION, null,
        "newEndDate", null)).isEmpty();
  }
}
