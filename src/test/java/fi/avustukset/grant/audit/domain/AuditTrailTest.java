package fi.avustukset.grant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.audit.domain.AuditTrail.Line;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

  static final Instant T = Instant.parse("2027-02-01T10:00:00Z");

  static final List<AuditEntry> ENTRIES = List.of(
      new AuditEntry(T.plusSeconds(300), "committee1", "Asiakaskokemusjaosto",
          "Jaosto päätti avustuksesta", "Päätös: (ei arvoa) → myönnetty (GRANTED)", null, true, "p"),
      new AuditEntry(T, "applicant1", "Hakija", "Hakemus jätetty", "Asia X", null, true, "p"),
      new AuditEntry(T.plusSeconds(100), "reviewer1", "Arvioija", "Hakemus pisteytetty", null,
          "Pisteet 28/35", false, "p"),
      new AuditEntry(T.plusSeconds(200), "secretary", "Valmistelija", "Kelpoisuuspuutteet arvioitu",
          "Kelpoisuusratkaisu: (ei arvoa) → kelpoinen", "Valmistelijan muistiinpano: sisäinen",
          true, "p"));

  @Test
  void staffReadEverythingInTimeOrderWithInternalDetails() {
    List<Line> lines = AuditTrail.forStaff(ENTRIES);
    assertThat(lines).extracting(Line::action).containsExactly("Hakemus jätetty",
        "Hakemus pisteytetty", "Kelpoisuuspuutteet arvioitu", "Jaosto päätti avustuksesta");
    assertThat(lines.get(1).user()).isEqualTo("reviewer1");
    assertThat(lines.get(2).details()).contains("kelpoinen").contains("sisäinen");
  }

  @Test
  void theApplicantSeesDecisionsButNeitherReviewersNorInternalNotes() {
    List<Line> lines = AuditTrail.forApplicant(ENTRIES, Set.of("applicant1"));
    assertThat(lines).extracting(Line::action).containsExactly("Hakemus jätetty",
        "Kelpoisuuspuutteet arvioitu", "Jaosto päätti avustuksesta");
    assertThat(lines).extracting(Line::user)
        .containsExactly("applicant1", "Valmistelija", "Asiakaskokemusjaosto");
    assertThat(lines.get(1).details()).contains("kelpoinen").doesNotContain("sisäinen");
    assertThat(lines.toString()).doesNotContain("reviewer1").doesNotContain("28/35");
  }

  @Test
  void showsFiguresTheFinnishWay() {
    assertThat(AuditTrail.change("Myönnetty summa", null, new BigDecimal("25000"), true))
        .isEqualTo("Myönnetty summa: (ei arvoa) → 25\u00A0000,00\u00A0€");
    assertThat(AuditTrail.change("Päätös lopullinen", false, true, false))
        .isEqualTo("Päätös lopullinen: ei → kyllä");
    assertThat(AuditTrail.shown(List.of("E6", "E7"), false)).isEqualTo("E6, E7");
  }

  @Test
  void valuesAsAFinnishReaderReadsThemWithoutCodesIsoDatesOrBrackets() {
    assertThat(AuditTrail.shown("GRANTED", false)).isEqualTo("myönnetty");
    assertThat(AuditTrail.shown("REQUEST_COMPLETION", false)).isEqualTo("täydennystä pyydetään");
    assertThat(AuditTrail.shown("LAHELLA", false)).isEqualTo("Lähellä.fi");
    assertThat(AuditTrail.shown("2026-12-16", false)).isEqualTo("16.12.2026");
    assertThat(AuditTrail.shown("[\"E6\",\"E7\"]", false)).isEqualTo("E6, E7");
    assertThat(AuditTrail.shown("[]", false)).isEqualTo("(ei yhtään)");
    assertThat(AuditTrail.shown(87.0, false)).isEqualTo("87");
    assertThat(AuditTrail.shown(87.5, false)).isEqualTo("87,5");
    assertThat(AuditTrail.shown(30000.0, true)).isEqualTo("30\u00a0000,00\u00a0€");
    assertThat(AuditTrail.change("Päätös", null, "GRANTED", false))
        .isEqualTo("Päätös: (ei arvoa) → myönnetty");
  }
}
