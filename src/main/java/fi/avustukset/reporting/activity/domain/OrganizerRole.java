package fi.avustukset.reporting.activity.domain;

/** The project's role in an event (DOMAIN.md §8). */
public enum OrganizerRole {
  OWN("Itse järjestetty"),
  OWN_WITH_OTHER_PROJECT("Toisen STEA-hankkeen kanssa, hanke päävastuussa"),
  COOPERATION("Yhteistyössä muun tahon kanssa"),
  CONTENT_FOR_OTHERS("Muiden tilaisuus, hanke tuotti sisältöä"),
  PARTICIPATION("Osallistuminen muiden tilaisuuteen");

  private final String finnish;

  OrganizerRole(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
