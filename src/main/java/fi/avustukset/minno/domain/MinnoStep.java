package fi.avustukset.minno.domain;

import java.math.BigDecimal;

/**
 * The ten steps of a MINNO round and the coordinator's planned effort in workdays (DOMAIN.md
 * §10: about 9 a round, half of it communication). Step 9 "varies": planned 0, actual recorded.
 */
public enum MinnoStep {
  CONFIRM_COOPERATION(1, "1.0", "Yhteistyön jatkon ja laajuuden vahvistaminen"),
  ANNOUNCE_ROUND(2, "1.0", "Kierroksesta tiedottaminen järjestöille"),
  PREPARE_REGISTRATION(3, "0.5", "Ilmoittautumislomakkeen päivitys ja ilmoittautumisten vastaanotto"),
  COACH_CHALLENGES(4, "1.0", "Järjestöjen tukeminen haasteiden muotoilussa"),
  NEGOTIATE_SELECTION(5, "1.0", "Valinnoista neuvottelu korkeakoulun kanssa ja hakijoille tiedottaminen"),
  FOLLOW_PROJECT(6, "2.0", "Projektin seuranta ja siitä viestiminen"),
  ATTEND_MINNO_FEST(7, "1.0", "MINNO-fest-päätöstilaisuus ja opiskelijoiden palkitseminen"),
  COMMUNICATE_RESULTS(8, "1.0", "Tuloksista viestiminen"),
  FOLLOW_UP_WORK(9, "0", "Tulosten jatkotyöstö (vaihtelee)"),
  COLLECT_FEEDBACK(10, "0.5", "Palautteen keruu ja yhteistyön arviointi");

  private final int number;
  private final BigDecimal plannedDays;
  private final String finnishName;

  MinnoStep(int number, String plannedDays, String finnishName) {
    this.number = number;
    this.plannedDays = new BigDecimal(plannedDays);
    this.finnishName = finnishName;
  }

  public int number() { return number; }
  public BigDecimal plannedDays() { return plannedDays; }
  public String finnishName() { return finnishName; }
}
