package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class FmtTest {

  private static final String S = "\u00A0";
  private final Fmt fmt = new Fmt(Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void moneyHasNoBreakSpacesDecimalCommaAndEuroAfter() {
    assertThat(fmt.money(new BigDecimal("25000"))).isEqualTo("25" + S + "000,00" + S + "€");
    assertThat(fmt.money(new BigDecimal("1234567.891"))).isEqualTo("1" + S + "234" + S + "567,89" + S + "€");
    assertThat(fmt.money(999)).isEqualTo("999,00" + S + "€");
    assertThat(fmt.money(0)).isEqualTo("0,00" + S + "€");
    assertThat(fmt.money(null)).isEqualTo("–");
    assertThat(fmt.money(fi.avustukset.platform.domain.Euro.of("25000"))).isEqualTo("25" + S + "000,00" + S + "€");
    assertThat(fmt.money("12500.5")).isEqualTo("12" + S + "500,50" + S + "€");
    assertThat(fmt.amount(new BigDecimal("-1500"))).isEqualTo("−1" + S + "500,00");
  }

  @Test
  void numbersAndPercent() {
    assertThat(fmt.number(new BigDecimal("75.5"), 2)).isEqualTo("75,50");
    assertThat(fmt.number(3.14159, 1)).isEqualTo("3,1");
    assertThat(fmt.integer(12345L)).isEqualTo("12" + S + "345");
    assertThat(fmt.percent(new BigDecimal("0.255"), 1)).isEqualTo("25,5" + S + "%");
    assertThat(fmt.number("ei luku", 2)).isEqualTo("–");
  }

  @Test
  void datesInHelsinkiTimeWithoutLeadingZeros() {
    assertThat(fmt.date(LocalDate.of(2027, 3, 1))).isEqualTo("1.3.2027");
    assertThat(fmt.date("2027-12-09")).isEqualTo("9.12.2027");
    // 22:30 UTC on 31 December is already the new year in Helsinki
    assertThat(fmt.date(Instant.parse("2026-12-31T22:30:00Z"))).isEqualTo("1.1.2027");
    assertThat(fmt.date(Date.from(Instant.parse("2027-06-15T09:00:00Z")))).isEqualTo("15.6.2027");
    assertThat(fmt.dateTime(Instant.parse("2027-06-15T09:05:00Z"))).isEqualTo("15.6.2027 klo 12.05");
    assertThat(fmt.dateTime("2027-06-15T09:05:00+00:00")).isEqualTo("15.6.2027 klo 12.05");
    assertThat(fmt.date(null)).isEqualTo("–");
    assertThat(fmt.date("huomenna")).isEqualTo("–");
    assertThat(fmt.date(fmt.now())).isEqualTo("1.3.2027");
  }

  enum CallStatus { OPEN, UNKNOWN_CODE }

  enum WithOwnName {
    A;
    public String finnish() { return "oma nimi"; }
  }

  @Test
  void statusNamesByEnumAndByCode() {
    assertThat(fmt.status(CallStatus.OPEN)).isEqualTo("Haku auki");
    assertThat(fmt.status("ApplicationStatus", "COMPLETION_REQUESTED")).isEqualTo("Täydennyspyyntö hakijalla");
    assertThat(fmt.status("ReportStatus", "LATE")).isEqualTo("Myöhässä");
    assertThat(fmt.status(WithOwnName.A)).isEqualTo("oma nimi");
    assertThat(fmt.status(CallStatus.UNKNOWN_CODE)).isEqualTo("UNKNOWN_CODE");
    assertThat(fmt.status(null)).isEqualTo("–");
  }

  @Test
  void listsWithoutJavaBrackets() {
    assertThat(fmt.list(List.of("E3", "E5"))).isEqualTo("E3, E5");
    assertThat(fmt.list("[E3, E5]")).isEqualTo("E3, E5");
    assertThat(fmt.list(List.of())).isEqualTo("–");
    assertThat(fmt.text("Valmistelija esittää hylkäämistä: puuttuu (E3, [E5, E6])"))
        .isEqualTo("Valmistelija esittää hylkäämistä: puuttuu (E3, E5, E6)");
  }
}
