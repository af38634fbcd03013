package fi.avustukset.grant.agreement.domain;

import fi.avustukset.grant.call.domain.GrantType;
import java.time.LocalDate;

/** The two written agreements of grant-based cooperation (DOMAIN.md §2, §7). */
public enum AgreementType {
  /** Yhteistyösopimus: operating or innovation grant, 1–2 years, paid as one sum. */
  COOPERATION("Yhteistyösopimus", 1, 2),
  /** Kumppanuusavustussopimus: partnership grant, 2–4 years, paid per agreement year. */
  PARTNERSHIP("Kumppanuusavustussopimus", 2, 4);

  private final String finnishName;
  private final int minYears;
  private final int maxYears;

  AgreementType(String finnishName, int minYears, int maxYears) {
    this.finnishName = finnishName;
    this.minYears = minYears;
    this.maxYears = maxYears;
  }

  public static AgreementType forGrant(GrantType grantType) {
    return grantType == GrantType.PARTNERSHIP ? PARTNERSHIP : COOPERATION;
  }

  public String finnishName() { return finnishName; }
  public int minYears() { return minYears; }
  public int maxYears() { return maxYears; }

  /**
   * The latest last day an agreement of this type starting on {@code start} may have: the
   * type's maximum duration (a period extension must stay within it).
   */
  public LocalDate latestEndDate(LocalDate start) {
    return AgreementTerms.endDate(start, maxYears);
  }

  public boolean allowsYears(int years) {
    return years >= minYears && years <= maxYears;
  }
}
