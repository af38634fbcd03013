package fi.avustukset.grant.agreement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Rules of the agreement itself (DOMAIN.md §2, §7), free of persistence and Camunda:
 * durations per agreement type, the agreement years, the bank account.
 */
public final class AgreementTerms {

  /** Application numbers look like {@code 2027-TI-1-0007} (call code + running number). */
  public static final Pattern APPLICATION_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
  /** The largest single grant the system accepts; more is surely a typo. */
  public static final BigDecimal MAX_GRANT = new BigDecimal("10000000");
  /** Finnish IBAN: FI + 2 check digits + 14 digits, spaces allowed in groups of four. */
  private static final Pattern FINNISH_IBAN = Pattern.compile("FI\\d{16}");

  /** Last day of the agreement: {@code years} full years from the start. */
  public static LocalDate endDate(LocalDate start, int years) {
    return start.plusYears(years).minusDays(1);
  }

  /** First day of agreement year {@code year} (1-based). */
  public static LocalDate yearStart(LocalDate agreementStart, int year) {
    return agreementStart.plusYears(year - 1L);
  }

  /** Last day of agreement year {@code year} (1-based). */
  public static LocalDate yearEnd(LocalDate agreementStart, int year) {
    return agreementStart.plusYears(year).minusDays(1);
  }

  /** The agreement may start at most a year before or after the decision (not in sources). */
  public static boolean startFitsDecision(LocalDate start, LocalDate decisionDate) {
    return !start.isBefore(decisionDate.minusYears(1)) && !start.isAfter(decisionDate.plusYears(1));
  }

  /** Normalises a Finnish IBAN (spaces removed, upper case); null when it is not one. */
  public static String normalizedIban(String value) {
    if (value == null) {
      return null;
    }
    String iban = value.replace(" ", "").toUpperCase();
    if (!FINNISH_IBAN.matcher(iban).matches()) {
      return null;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
    }
    return new BigDecimal(digits.toString()).remainder(BigDecimal.valueOf(97)).intValue() == 1
        ? iban : null;
  }

  private AgreementTerms() {}
}
