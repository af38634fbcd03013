package fi.avustukset.grant.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.grant.call.domain.GrantType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §7: one sum or yearly instalments, never more than the grant. */
class InstalmentsTest {

  static final LocalDate START = LocalDate.of(2027, 4, 1);

  @Test
  void operatingGrantIsPaidAsOneSumAtTheStartOfTheAgreement() {
    List<Instalments.Instalment> plan = Instalments.plan(GrantType.OPERATING_INNOVATION,
        new BigDecimal("45000"), 2, START);

    assertThat(plan).containsExactly(
        new Instalments.Instalment(1, new BigDecimal("45000.00"), START));
  }

  @Test
  void partnershipGrantIsPaidInOneInstalmentPerAgreementYear() {
    List<Instalments.Instalment> plan = Instalments.plan(GrantType.PARTNERSHIP,
        new BigDecimal("120000.00"), 3, START);

    assertThat(plan).extracting(Instalments.Instalment::year).containsExactly(1, 2, 3);
    assertThat(plan).extracting(Instalments.Instalment::amount).containsOnly(new BigDecimal("40000.00"));
    assertThat(plan).extracting(Instalments.Instalment::dueDate)
        .containsExactly(START, START.plusYears(1), START.plusYears(2));
  }

  @Test
  void instalmentsSplitToTheCentSumToExactlyTheGrant() {
    List<Instalments.Instalment> plan = Instalments.plan(GrantType.PARTNERSHIP,
        new BigDecimal("100000.00"), 3, START);

    assertThat(plan).extracting(Instalments.Instalment::amount).containsExactly(
        new BigDecimal("33333.34"), new BigDecimal("33333.33"), new BigDecimal("33333.33"));
    assertThat(plan.stream().map(Instalments.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100000.00");
  }

  @Test
  void oddCentsNeverAddUpToMoreThanTheGrant() {
    for (String amount : List.of("0.01", "0.02", "10.01", "99999.99", "7.77")) {
      for (int years = 2; years <= 4; years++) {
        BigDecimal total = Instalments.plan(GrantType.PARTNERSHIP, new BigDecimal(amount), years, START)
            .stream().map(Instalments.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).as(amount + " over " + years + " years").isEqualByComparingTo(amount);
      }
    }
  }

  @Test
  void aPaymentThatWouldExceedTheGrantIsRefused() {
    BigDecimal granted = new BigDecimal("30000.00");

    Instalments.checkWithinGrant(granted, new BigDecimal("20000.00"), new BigDecimal("10000.00"));
    assertThatThrownBy(() -> Instalments.checkWithinGrant(granted, new BigDecimal("20000.00"),
        new BigDecimal("10000.01"))).isInstanceOf(GrantExceededException.class)
        .hasMessageContaining("30000.00");
    assertThatThrownBy(() -> Instalments.checkWithinGrant(granted, BigDecimal.ZERO, BigDecimal.ZERO))
        .isInstanceOf(GrantExceededException.class);
  }

  @Test
  void aNonPositiveGrantCannotBePlanned() {
    assertThatThrownBy(() -> Instalments.plan(GrantType.PARTNERSHIP, BigDecimal.ZERO, 2, START))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
