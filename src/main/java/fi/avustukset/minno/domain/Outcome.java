package fi.avustukset.minno.domain;

/** Every registration ends in exactly one outcome (CONTRACT.md "MINNO rounds"). */
public enum Outcome {
  /** Taken to the course of this round (M3). */
  SELECTED("valittu"),
  /** Good but not taken: moves to the next round without re-registration (M4). */
  CARRIED_OVER("siirretty seuraavalle kierrokselle"),
  /** No challenge met M1: the NGO was told and pointed to other funding (M2). */
  REDIRECTED("ohjattu muuhun rahoitukseen"),
  /** Suitable but not taken nor carried over, with a reason. */
  DECLINED("ei valittu");

  private final String finnish;

  Outcome(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() { return finnish; }
}
