package fi.avustukset.reporting.activity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Contacts of a project in one period (DOMAIN.md §8, seed 004: "puheluja 490, tekstiviestejä
 * 105, 23310 verkostosähköpostia, 5520 henkilökohtaista sähköpostia; 35 % julkiselle
 * sektorille, 58,3 % järjestöille …"). The sector shares are percentages as reported
 * (nullable: not every period reports them).
 */
public record ContactFigures(LocalDate periodStart, LocalDate periodEnd, int phoneCalls,
    int textMessages, int networkEmails, int personalEmails, BigDecimal publicSectorShare,
    BigDecimal ngoShare, BigDecimal privateSectorShare, BigDecimal individualsShare) {

  public int total() {
    return phoneCalls + textMessages + networkEmails + personalEmails;
  }

  public boolean hasShares() {
    return publicSectorShare != null || ngoShare != null || privateSectorShare != null
        || individualsShare != null;
  }
}
