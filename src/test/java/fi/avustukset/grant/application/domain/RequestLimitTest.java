package fi.avustukset.grant.application.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RequestLimitTest {

  private static final BigDecimal REQUESTED = new BigDecimal("50000.00");

  @Test
  void theWholeRequestMayBeGranted() {
    assertThat(RequestLimit.violation(new BigDecimal("50000"), REQUESTED)).isEmpty();
    assertThat(RequestLimit.violation(new BigDecimal("12000.50"), REQUESTED)).isEmpty();
  }

  @Test
  void aCentOverTheRequestIsRefusedNamingTheRequestAndTheRule() {
    assertThat(RequestLimit.violation(new BigDecimal("50000.01"), REQUESTED))
        .hasValue("enintään haettu summa 50\u00a0000,00\u00a0€ (E9)");
  }

  @Test
  void aMissingAmountIsLeftToTheCallersOwnMessage() {
    assertThat(RequestLimit.violation(null, REQUESTED)).isEmpty();
    assertThat(RequestLimit.violation(BigDecimal.ONE, null)).isEmpty();
  }
}
