package fi.avustukset.grant.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.budget.domain.BudgetCalculator.Basis;
import fi.avustukset.grant.budget.domain.BudgetCalculator.PartnershipGrant;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Pool;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §5: annual shares, the years a grant covers and the three-part sum. */
class BudgetCalculatorTest {

  static PartnershipGrant decided(String number, String amount, int years, LocalDate start) {
    return new PartnershipGrant(number, "2026-KU-1", "Org", "Hanke", new BigDecimal(amount), years,
        start, Basis.DECISION_SHARE, Map.of());
  }

  @Test
  void grantCoversItsStartYearAndTheFollowingYears() {
    LocalDate start = LocalDate.of(2026, 9, 1);
    assertThat(BudgetCalculator.covers(start, 3, 2025)).isFalse();
    assertThat(BudgetCalculator.covers(start, 3, 2026)).isTrue();
    assertThat(BudgetCalculator.covers(start, 3, 2028)).isTrue();
    assertThat(BudgetCalculator.covers(start, 3, 2029)).isFalse();
    assertThat(BudgetCalculator.lastYear(start, 3)).isEqualTo(2028);
  }

  @Test
  void annualShareIsAmountPerYearSplitToTheCent() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertThat(BudgetCalculator.annualShare(new BigDecimal("90000"), 3, start, 2027))
        .isEqualByComparingTo("30000.00");
    // 100 000 / 3: the leftover cent goes to the first year; the shares sum to the grant.
    BigDecimal y1 = BudgetCalculator.annualShare(new BigDecimal("100000"), 3, start, 2026);
    BigDecimal y2 = BudgetCalculator.annualShare(new BigDecimal("100000"), 3, start, 2027);
    BigDecimal y3 = BudgetCalculator.annualShare(new BigDecimal("100000"), 3, start, 2028);
    assertThat(y1).isEqualByComparingTo("33333.34");
    assertThat(y2).isEqualByComparingTo("33333.33");
    assertThat(y1.add(y2).add(y3)).isEqualByComparingTo("100000");
    assertThat(BudgetCalculator.annualShare(new BigDecimal("100000"), 3, start, 2029)).isZero();
  }

  @Test
  void agreementInstalmentOfTheYearWinsOverTheShare() {
    PartnershipGrant g = new PartnershipGrant("A-1", "K", "Org", "Hanke", new BigDecimal("60000"), 2,
        LocalDate.of(2026, 5, 1), Basis.AGREEMENT_INSTALMENT,
        Map.of(2026, new BigDecimal("25000.00"), 2027, new BigDecimal("35000.00")));
    assertThat(BudgetCalculator.line(g, 2027).amount()).isEqualByComparingTo("35000");
    assertThat(BudgetCalculator.line(g, 2027).firstYear()).isEqualTo(2026);
    assertThat(BudgetCalculator.line(g, 2027).lastYear()).isEqualTo(2027);
    assertThat(BudgetCalculator.line(g, 2028)).isNull();
  }

  @Test
  void proposalIsTheSumOfTheThreeParts() {
    List<PartnershipGrant> agreed = List.of(
        decided("K-1", "80000", 4, LocalDate.of(2025, 10, 1)),   // 20 000 in 2027
        decided("K-2", "50000", 2, LocalDate.of(2026, 11, 1)),   // 25 000 in 2027
        decided("K-3", "30000", 2, LocalDate.of(2024, 11, 1)));  // ended 2025: not in 2027
    List<PartnershipGrant> loi = List.of(new PartnershipGrant("L-1", "2027-KU-1", "Org", "Uusi",
        new BigDecimal("36000"), 3, LocalDate.of(2027, 1, 1), Basis.LETTER_OF_INTENT, Map.of()));
    Pool pool = new Pool(new BigDecimal("250000.00"), true, "Toiminta-avustukset", "manager");

    Proposal p = BudgetCalculator.propose(2027, agreed, loi, pool);

    assertThat(p.partnershipAgreed().lines()).extracting(BudgetCalculator.Line::applicationNumber)
        .containsExactly("K-1", "K-2");
    assertThat(p.partnershipAgreed().subtotal()).isEqualByComparingTo("45000");
    assertThat(p.letterOfIntent().subtotal()).isEqualByComparingTo("12000");
    assertThat(p.letterOfIntent().lines().get(0).basis()).isEqualTo(Basis.LETTER_OF_INTENT);
    assertThat(p.total()).isEqualByComparingTo("307000");
    assertThat(p.note()).contains("ei testattu pilotissa");
  }

  @Test
  void unsetPoolCountsAsZero() {
    Proposal p = BudgetCalculator.propose(2027, List.of(decided("K-1", "10000", 2,
        LocalDate.of(2027, 2, 1))), List.of(), new Pool(null, false, null, null));
    assertThat(p.total()).isEqualByComparingTo("5000");
    assertThat(p.letterOfIntent().lines()).isEmpty();
  }
}
