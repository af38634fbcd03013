package fi.avustukset.grant.call.domain;

/** Forms of grant-based cooperation (DOMAIN.md §2). */
public enum GrantType {
  /** Toiminta- tai innovaatioavustus: open call, scoring, cooperation agreement, 1–2 years. */
  OPERATING_INNOVATION("TI"),
  /** Kumppanuusavustus: negotiation, letter of intent, partnership agreement, 2–4 years. */
  PARTNERSHIP("KU");

  private final String codePart;

  GrantType(String codePart) {
    this.codePart = codePart;
  }

  /** The part of the call code that names the type, e.g. {@code TI} in {@code 2027-TI-1}. */
  public String codePart() {
    return codePart;
  }
}
