package fi.avustukset.minno.domain;

/** Who gave feedback on a round (DOMAIN.md §10 "Measures"). */
public enum Respondent {
  NGO("järjestöt"), STUDENT("opiskelijat"), UNIVERSITY("korkeakoulun henkilöstö");

  private final String finnish;

  Respondent(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() { return finnish; }
}
