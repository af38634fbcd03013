package fi.avustukset.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessIdTest {

  @Test
  void acceptsValidCheckDigits() {
    assertThat(BusinessId.isValid("1234567-1")).isTrue();
    assertThat(BusinessId.isValid("2345678-0")).isTrue(); // remainder 0 → check digit 0
    assertThat(BusinessId.isValid("0737546-2")).isTrue();
  }

  @Test
  void refusesWrongCheckDigitFormatAndRemainderOne() {
    assertThat(BusinessId.isValid("1234567-2")).isFalse();
    assertThat(BusinessId.isValid("12345671")).isFalse();
    assertThat(BusinessId.isValid("123456-1")).isFalse();
    assertThat(BusinessId.isValid(null)).isFalse();
    // 1234568: weighted sum 7+18+30+20+40+24+16 = 155, 155 % 11 = 1 → no valid check digit
    for (int d = 0; d <= 9; d++) {
      assertThat(BusinessId.isValid("1234568-" + d)).isFalse();
    }
  }
}
