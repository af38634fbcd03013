package fi.avustukset.grant.audit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case's audit trail as its readers get it: chronological, and for the applicant organisation
 * only the public lines, with the acting body ("Asiakaskokemusjaosto") instead of a staff
 * member's user id and without internal details (see {@link CaseSteps} for what is internal).
 */
public final class AuditTrail {

  private AuditTrail() {}

  /** One line as JSON, CSV and the page show it (CONTRACT.md: at, user, action, details). */
  public record Line(Instant at, String user, String action, String details) {}

  private static final Comparator<AuditEntry> CHRONOLOGICAL =
      Comparator.comparing(AuditEntry::at, Comparator.nullsLast(Comparator.naturalOrder()));

  /** Everything, for staff: public and internal details together. */
  public static List<Line> forStaff(Collection<AuditEntry> entries) {
    return entries.stream().filter(e -> e.at() != null).sorted(CHRONOLOGICAL)
        .map(e -> new Line(e.at(), e.user() == null ? CaseSteps.SYSTEM : e.user(), e.action(),
            AuditEntry.join(e.details(), e.internalDetails())))
        .toList();
  }

  /**
   * For the applicant organisation: the public lines only, public details only; a user who is
   * not one of the organisation's own ({@code ownUsers}) is shown by role.
   */
  public static List<Line> forApplicant(Collection<AuditEntry> entries, Set<String> ownUsers) {
    return entries.stream().filter(e -> e.at() != null).filter(AuditEntry::forApplicant)
        .sorted(CHRONOLOGICAL)
        .map(e -> new Line(e.at(), shownUser(e, ownUsers), e.action(), e.details()))
        .toList();
  }

  static String shownUser(AuditEntry e, Set<String> ownUsers) {
    if (e.user() != null && ownUsers.contains(e.user())) {
      return e.user();
    }
    if (e.user() == null || CaseSteps.SYSTEM.equals(e.user())) {
      return CaseSteps.SYSTEM;
    }
    return e.role() == null || e.role().equals(CaseSteps.APPLICANT) ? "Viranomainen" : e.role();
  }

  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("GRANTED", "myönnetty"), Map.entry("REJECTED", "hylätty"),
      Map.entry("RETURNED", "palautettu valmisteluun"), Map.entry("ELIGIBLE", "kelpoinen"),
      Map.entry("REQUEST_COMPLETION", "täydennystä pyydetään"),
      Map.entry("PROPOSE_REJECTION", "hylkäysesitys"), Map.entry("ACCEPTED", "hyväksytty"),
      Map.entry("SIGNED", "allekirjoitettu"), Map.entry("APPROVED", "hyväksytty"),
      Map.entry("DECLINED", "ei hyväksytty"), Map.entry("MORE_INFO", "lisätietoja pyydetty"),
      Map.entry("LETTER_OF_INTENT", "aiesopimus"), Map.entry("STOPPED", "neuvottelu päättyi"),
      // service directories of rule E6 (ServiceDirectory)
      Map.entry("HYVINVOINTITARJOTIN", "Hyvinvointitarjotin.fi"), Map.entry("LAHELLA", "Lähellä.fi"),
      Map.entry("PTV", "Suomi.fi-palvelutietovaranto"), Map.entry("NONE", "ei missään palveluhakemistossa"));

  private static final java.util.regex.Pattern ISO_DATE =
      java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final java.util.regex.Pattern TEXT_LIST =
      java.util.regex.Pattern.compile("\\[(.*)\\]");

  /** A value as a Finnish reader reads it: 25 000,00 €, kyllä/ei, decision codes in Finnish. */
  public static String shown(Object value, boolean money) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return "(ei arvoa)";
    }
    if (value instanceof Boolean b) {
      return b ? "kyllä" : "ei";
    }
    if (money && value instanceof Number n) {
      return euros(new BigDecimal(n.toString()));
    }
    if (value instanceof Number n) {
      // 87.0 → 87, 87.5 → 87,5: decimal comma, no trailing zeros
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty() ? "(ei yhtään)"
          : c.stream().map(v -> shown(v, false)).collect(Collectors.joining(", "));
    }
    String text = value.toString().strip();
    String code = CODES.get(text);
    if (code != null) {
      return code;
    }
    var date = ISO_DATE.matcher(text);
    if (date.matches()) { // 2026-12-16 → 16.12.2026
      return Integer.parseInt(date.group(3)) + "." + Integer.parseInt(date.group(2)) + "."
          + date.group(1);
    }
    var list = TEXT_LIST.matcher(text);
    if (list.matches()) { // a list stored as JSON text: ["E6","E7"] → E6, E7
      String items = list.group(1).replace("\"", "").strip();
      return items.isEmpty() ? "(ei yhtään)" : String.join(", ", items.split("\\s*,\\s*"));
    }
    return text;
  }

  public static String euros(BigDecimal amount) {
    return fi.avustukset.platform.domain.Euro.inFinnish(amount);
  }


  /** "Myönnetty summa: (ei arvoa) → 25 000,00 €". */
  public static String change(String label, Object before, Object after, boolean money) {
    return label + ": " + shown(before, money) + " → " + shown(after, money);
  }
}
