package fi.avustukset.grant.call.domain;

/**
 * Scoring criteria of operating and innovation grants (DOMAIN.md §4: not listed in the
 * sources, derived from the eligibility rules E2–E8). Each reviewer scores 0–5 per criterion;
 * the call sets the weights, which sum to 100.
 */
public enum Criterion {
  STRATEGY_FIT("Strategiaan sopivuus (E4)", "weightStrategyFit", "scoreStrategyFit", 20),
  TARGET_GROUP("Kohderyhmän selkeys ja avoimuus (E3)", "weightTargetGroup", "scoreTargetGroup", 15),
  REGIONAL_REACH("Alueellinen kattavuus (E7)", "weightRegionalReach", "scoreRegionalReach", 15),
  COMPLEMENTS_SERVICES("Palveluja täydentävä (E5)", "weightComplementsServices",
      "scoreComplementsServices", 15),
  FINANCING("Rahoitussuunnitelma ja omarahoitus (E8, E9)", "weightFinancing", "scoreFinancing", 15),
  EFFECTIVENESS("Vaikuttavuus ja arviointisuunnitelma", "weightEffectiveness",
      "scoreEffectiveness", 10),
  COOPERATION("Yhteistyö järjestöjen ja kuntien kanssa", "weightCooperation", "scoreCooperation",
      10);

  public static final int MAX_POINTS = 5;

  private final String finnishName;
  private final String weightVariable;
  private final String scoreVariable;
  private final int defaultWeight;

  Criterion(String finnishName, String weightVariable, String scoreVariable, int defaultWeight) {
    this.finnishName = finnishName;
    this.weightVariable = weightVariable;
    this.scoreVariable = scoreVariable;
    this.defaultWeight = defaultWeight;
  }

  public String finnishName() {
    return finnishName;
  }

  /** Process variable of the call holding this criterion's weight (0–100). */
  public String weightVariable() {
    return weightVariable;
  }

  /** Process variable a reviewer's form sets for this criterion (0–5). */
  public String scoreVariable() {
    return scoreVariable;
  }

  public int defaultWeight() {
    return defaultWeight;
  }
}
