package fi.avustukset.reporting.activity.domain;

/** Type of an activity event (DOMAIN.md §8), with the Finnish name used in reports. */
public enum EventType {
  PERSONAL_MEETING("Henkilökohtainen tapaaminen"),
  SEMINAR("Seminaaritilaisuus"),
  WORKING_GROUP("Työryhmätyöskentely"),
  PARTNER_MEETING("Tapaaminen sopimuskumppanien kanssa"),
  NGO_COACHING("Muu tapaaminen / ryhmäcoachaus järjestöjen kanssa"),
  PROJECT_PRESENTATION("Hanke-esittely, puheenvuoro"),
  OTHER("Muu tilaisuus");

  private final String finnish;

  EventType(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
