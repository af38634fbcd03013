package fi.avustukset.reporting.activity.domain;

/**
 * Goal level an event serves (DOMAIN.md §8); an event may serve several, so the shares of
 * the levels add up to more than 100 %. {@code NATIONAL} was added in 2020 (seed 004).
 */
public enum GoalLevel {
  NATIONAL("Valtakunnallinen"),
  REGION("Maakuntataso"),
  MUNICIPALITY("Kuntataso"),
  ORGANIZATION("Järjestötaso"),
  INDIVIDUAL("Yksilötaso / asiakkaan ääni");

  private final String finnish;

  GoalLevel(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
