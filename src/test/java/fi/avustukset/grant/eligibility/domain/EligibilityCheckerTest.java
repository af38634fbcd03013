package fi.avustukset.grant.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.application.domain.ApplicationData;
import fi.avustukset.grant.application.domain.ServiceDirectory;
import fi.avustukset.grant.attachment.domain.AttachmentKind;
import fi.avustukset.grant.call.domain.GrantType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rules E1–E9 of DOMAIN.md §3, one behaviour per test. */
class EligibilityCheckerTest {

  final EligibilityChecker checker = new EligibilityChecker();
  static final BigDecimal APPROPRIATION = new BigDecimal("300000");

  static ApplicationData eligible() {
    return new ApplicationData("Savon Mielenterveysyhdistys ry", "1234567-1", "ASSOCIATION",
        "Mielen hyvinvointi", "Nuoret aikuiset", true, "Mielenterveyden edistäminen (hyte-suunnitelma)",
        true, ServiceDirectory.LAHELLA, 5, false, true, null, new BigDecimal("40000.00"), 2);
  }

  EligibilityReport check(ApplicationData data) {
    return checker.check(data, GrantType.OPERATING_INNOVATION, APPROPRIATION);
  }

  @Test
  void completeApplicationPassesEveryRule() {
    EligibilityReport report = check(eligible());
    assertThat(report.eligible()).isTrue();
    assertThat(report.results()).hasSize(9).allMatch(r -> r.outcome() == Outcome.PASSED);
    assertThat(report.summary()).contains("Kaikki ehdot");
  }

  @Test
  void aMissingRequiredAttachmentIsACompletionReasonNotAnEligibilityFailure() {
    EligibilityReport report = checker.check(eligible(), GrantType.OPERATING_INNOVATION,
        APPROPRIATION, java.util.Set.of(AttachmentKind.BUDGET));
    assertThat(report.eligible()).isTrue();
    assertThat(report.failures()).isEmpty();
    assertThat(report.missingAttachments())
        .containsExactly(AttachmentKind.STATUTES, AttachmentKind.FINANCIAL_STATEMENTS);
    assertThat(report.completionReasons()).containsExactly(
        "Puuttuvat pakolliset liitteet: Säännöt, Viimeisin tilinpäätös");
    assertThat(report.summary()).isEqualTo("Kaikki ehdot E1–E9 täyttyvät.\n"
        + "Puuttuvat pakolliset liitteet: Säännöt, Viimeisin tilinpäätös (täydennettävä).");
  }

  @Test
  void aFailedRuleAndMissingAttachmentsAreBothCompletionReasons() {
    var d = eligible();
    EligibilityReport report = checker.check(new ApplicationData(d.organizationName(),
        d.businessId(), d.organizationType(), d.projectName(), d.targetGroup(), true,
        d.strategyGoals(), true, ServiceDirectory.NONE, 5, false, true, null,
        d.requestedAmount(), 2), GrantType.PARTNERSHIP, APPROPRIATION, java.util.Set.of());
    assertThat(report.eligible()).isFalse();
    assertThat(report.completionReasons()).hasSize(2);
    assertThat(report.completionReasons().get(0)).startsWith("E6: ");
    assertThat(report.completionReasons().get(1))
        .isEqualTo("Puuttuvat pakolliset liitteet: Säännöt, Talousarvio ja rahoitussuunnitelma");
    assertThat(report.summary()).contains("E6 EI TÄYTY").contains("(täydennettävä)");
  }

  @Test
  void withEveryRequiredAttachmentNothingIsNoted() {
    EligibilityReport report = checker.check(eligible(), GrantType.PARTNERSHIP, APPROPRIATION,
        java.util.Set.of(AttachmentKind.STATUTES, AttachmentKind.BUDGET));
    assertThat(report.missingAttachments()).isEmpty();
    assertThat(report.completionReasons()).isEmpty();
    assertThat(report.summary()).isEqualTo("Kaikki ehdot E1–E9 täyttyvät.");
  }

  @Test
  void companyIsIneligibleUnderE1AndE2() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "COMPANY",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, true, null, d.requestedAmount(), 2));
    assertThat(report.eligible()).isFalse();
    assertThat(report.failures()).containsExactly("E1", "E2");
  }

  @Test
  void fourthSectorActorNeedsJudgementOnNonProfitStatus() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "FOURTH_SECTOR",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, true, null, d.requestedAmount(), 2));
    assertThat(report.eligible()).isFalse();
    assertThat(report.failures()).isEmpty();
    assertThat(report.openQuestions()).containsExactly("E2");
  }

  @Test
  void activityClosedToPartOfTheTargetGroupFailsE3() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "ASSOCIATION",
        d.projectName(), d.targetGroup(), false, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, true, null, d.requestedAmount(), 2));
    assertThat(report.failures()).containsExactly("E3");
  }

  @Test
  void ineligibleWhenNoServiceDirectoryListingAndOnlyOneMunicipality() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "ASSOCIATION",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), false, ServiceDirectory.NONE, 1,
        false, true, null, d.requestedAmount(), 2));
    assertThat(report.failures()).containsExactly("E5", "E6", "E7");
  }

  @Test
  void wholeRegionSatisfiesE7EvenWithoutMunicipalityCount() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "FOUNDATION",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, ServiceDirectory.PTV, 0,
        true, true, null, d.requestedAmount(), 1));
    assertThat(report.eligible()).isTrue();
  }

  @Test
  void soleCountyFundingWithJustificationIsAskedNotRejected() {
    var d = eligible();
    var justified = check(new ApplicationData(d.organizationName(), d.businessId(), "PARISH",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, false, "Uusi kokeilu, muuta rahoitusta ei vielä ole", d.requestedAmount(), 2));
    assertThat(justified.openQuestions()).containsExactly("E8");
    var unjustified = check(new ApplicationData(d.organizationName(), d.businessId(), "PARISH",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, false, null, d.requestedAmount(), 2));
    assertThat(unjustified.failures()).containsExactly("E8");
  }

  @Test
  void requestAboveTheAppropriationOrWrongDurationFailsE9() {
    var d = eligible();
    var tooMuch = check(new ApplicationData(d.organizationName(), d.businessId(), "ASSOCIATION",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, true, null, new BigDecimal("300000.01"), 2));
    assertThat(tooMuch.failures()).containsExactly("E9");
    var threeYears = check(new ApplicationData(d.organizationName(), d.businessId(), "ASSOCIATION",
        d.projectName(), d.targetGroup(), true, d.strategyGoals(), true, d.serviceDirectory(), 5,
        false, true, null, d.requestedAmount(), 3));
    assertThat(threeYears.failures()).containsExactly("E9");
    var partnershipOneYear = checker.check(new ApplicationData(d.organizationName(), d.businessId(),
        "ASSOCIATION", d.projectName(), d.targetGroup(), true, d.strategyGoals(), true,
        d.serviceDirectory(), 5, false, true, null, d.requestedAmount(), 1), GrantType.PARTNERSHIP,
        APPROPRIATION);
    assertThat(partnershipOneYear.failures()).containsExactly("E9");
  }

  @Test
  void missingStrategyGoalsFailE4WithAReason() {
    var d = eligible();
    var report = check(new ApplicationData(d.organizationName(), d.businessId(), "ASSOCIATION",
        d.projectName(), d.targetGroup(), true, " ", true, d.serviceDirectory(), 5, false, true,
        null, d.requestedAmount(), 2));
    assertThat(report.failures()).containsExactly("E4");
    assertThat(report.summary()).contains("E4 EI TÄYTY");
  }
}
