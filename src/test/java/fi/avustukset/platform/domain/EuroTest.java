package fi.avustukset.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The money of the domain: cents, never negative. */
class EuroTest {

  @Test
  void alwaysInCents() {
    assertThat(Euro.of("25000").amount()).isEqualTo(new BigDecimal("25000.00"));
    assertThat(Euro.of("0.005").toString()).isEqualTo("0.01");
    assertThat(Euro.of("25000")).isEqualTo(Euro.of(new BigDecimal("25000.000")));
    assertThat(Euro.of("1E+5").toString()).isEqualTo("100000.00");
  }

  @Test
  void neverNegative() {
    assertThatThrownBy(() -> Euro.of("-0.01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Euro.of("10").minus(Euro.of("10.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Euro.of((BigDecimal) null)).isInstanceOf(NullPointerException.class);
    assertThat(Euro.ofNullable(null)).isNull();
  }

  @Test
  void arithmeticAndComparison() {
    assertThat(Euro.of("10").plus(Euro.of("5.50"))).isEqualTo(Euro.of("15.5"));
    assertThat(Euro.of("10").minus(Euro.of("10")).isZero()).isTrue();
    assertThat(Euro.of("10.01").exceeds(Euro.of("10"))).isTrue();
    assertThat(Euro.of("10").exceeds(Euro.of("10.00"))).isFalse();
    assertThat(Euro.of("12.5").toDouble()).isEqualTo(12.5);
  }

  @Test
  void writtenAsFinnsWriteMoneyForTasklistTexts() {
    assertThat(Euro.inFinnish(45000.0)).isEqualTo("45\u00a0000,00\u00a0€");
    assertThat(Euro.inFinnish(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0€");
    assertThat(Euro.inFinnish(1_000_000)).isEqualTo("1\u00a0000\u00a0000,00\u00a0€");
    assertThat(Euro.inFinnish(0.005)).isEqualTo("0,01\u00a0€");
    assertThat(Euro.of("25000").inFinnish()).isEqualTo(Euro.inFinnish(25000L));
  }
}
