package fi.avustukset.grant.call.domain;

/** Forms of grant-based cooperation (DOMAIN.md §2). */
public enum GrantType {
  /** Toiminta- tai innovaatioavustus: open call, scoring, cooperation agreement, 1–2 years. */
  OPERATING_INNOVATION("TI", 1, 2, "Toiminta- tai innovaatioavustus"),
  /** Kumppanuusavustus: negotiation, letter of intent, partnership agreement, 2–4 years. */
  PARTNERSHIP("KU", 2, 4, "Kumppanuusavustus");

  private final String codePart;
  private final int minYears;
  private final int maxYears;
  private final String finnishName;

  GrantType(String codePart, int minYears, int maxYears, String finnishName) {
    this.codePart = codePart;
    this.minYears = minYears;
    this.maxYears = maxYears;
    this.finnishName = finnishName;
  }

  /** The shortest and longest duration one may apply for (DOMAIN.md §2, E9). */
  public int minYears() {
    return minYears;
  }

  public int maxYears() {
    return maxYears;
  }

  public String finnishName() {
    return finnishName;
  }

  /** The part of the call code that names the type, e.g. {@code TI} in {@code 2027-TI-1}. */
  public String codePart() {
    return codePart;
  }
}
