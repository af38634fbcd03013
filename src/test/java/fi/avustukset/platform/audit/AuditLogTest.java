package fi.avustukset.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AuditLogTest {

  @Test
  void changeShowsOldAndNewMoneyTheWayThePagesDo() {
    assertThat(AuditLog.change("Esitetty summa", new BigDecimal("25000"), new BigDecimal("20000.5")))
        .isEqualTo("Esitetty summa: 25\u00A0000,00\u00A0€ → 20\u00A0000,50\u00A0€");
  }

  @Test
  void changeNamesAMissingSide() {
    assertThat(AuditLog.change("Sähköposti", null, "a@b.fi"))
        .isEqualTo("Sähköposti: (ei arvoa) → a@b.fi");
  }
}
