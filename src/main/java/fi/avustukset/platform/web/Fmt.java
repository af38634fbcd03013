package fi.avustukset.platform.web;

import fi.avustukset.platform.domain.Euro;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one place where the pages format for Finnish readers (templates use it as {@code @fmt}):
 * money {@code 25 000,00 €}, numbers with a no-break space as thousands separator and a
 * decimal comma, dates {@code d.M.yyyy} in Helsinki time, and the Finnish name of every status
 * code. The separators are no-break spaces (U+00A0), so a number never breaks across lines,
 * and they exist in every font (the PDF renderer's too).
 */
@Component("fmt")
public class Fmt {

  /** No-break space: thousands separator and the space before {@code €}. */
  public static final char NBSP = '\u00A0';
  public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Locale FI = Locale.forLanguageTag("fi-FI");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy", FI);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm", FI);
  private static final String NONE = "–";

  /**
   * Finnish names of the status codes, by the simple name of the enum (DOMAIN.md terms). Enums
   * of different features with the same simple name share a table (the two report statuses).
   */
  static final Map<String, Map<String, String>> NAMES = Map.ofEntries(
      Map.entry("ApplicationStatus", Map.of(
          "SUBMITTED", "Vastaanotettu",
          "ELIGIBILITY_REVIEW", "Kelpoisuus tarkistettavana",
          "COMPLETION_REQUESTED", "Täydennyspyyntö hakijalla",
          "IN_REVIEW", "Arvioinnissa",
          "IN_NEGOTIATION", "Kumppanuusneuvotteluissa",
          "READY_FOR_DECISION", "Valmis päätösesitykseen",
          "IN_COMMITTEE", "Jaoston käsittelyssä",
          "DECIDED", "Päätetty",
          "FINAL", "Päätös lopullinen")),
      Map.entry("CallStatus", Map.of(
          "DRAFT", "Luonnos",
          "PUBLISHED", "Julkaistu, ei vielä auki",
          "OPEN", "Haku auki",
          "CLOSED", "Haku päättynyt",
          "DECIDED", "Päätetty")),
      Map.entry("Decision", Map.of(
          "GRANTED", "Myönnetty",
          "REJECTED", "Hylätty",
          "RETURNED", "Palautettu uudelleen valmisteltavaksi")),
      Map.entry("ProposedDecision", Map.of(
          "GRANTED", "Myönnetään",
          "REJECTED", "Hylätään")),
      Map.entry("AgreementStatus", Map.of(
          "DRAFT", "Sopimusluonnos valmisteilla",
          "AWAITING_ACCEPTANCE", "Odottaa hakijan hyväksyntää",
          "AWAITING_SIGNATURE", "Odottaa allekirjoitusta",
          "SIGNED", "Allekirjoitettu, voimassa",
          "CLOSED", "Päättynyt")),
      Map.entry("ChangeStatus", Map.of(
          "SUBMITTED", "Käsittelyssä", "ACCEPTED", "Hyväksytty", "REFUSED", "Hylätty")),
      Map.entry("ChangeKind", Map.of(
          "PERIOD_EXTENSION", "Sopimuskauden pidentäminen",
          "BUDGET_REALLOCATION", "Talousarvion muutos",
          "CONTENT_CHANGE", "Toiminnan sisällön muutos")),
      Map.entry("AgreementType", Map.of(
          "COOPERATION", "Yhteistyösopimus",
          "PARTNERSHIP", "Kumppanuusavustussopimus")),
      Map.entry("ReportStatus", Map.of(
          "DUE", "Odottaa raporttia",
          "NOT_DUE", "Ei vielä erääntynyt",
          "SUBMITTED", "Jätetty, tarkistettavana",
          "LATE", "Myöhässä",
          "ACCEPTED", "Hyväksytty",
          "COMPLETION_REQUESTED", "Täydennyspyyntö hakijalla")),
      Map.entry("PaymentStatus", Map.of(
          "PLANNED", "Suunniteltu",
          "APPROVED", "Hyväksytty maksettavaksi",
          "PAID", "Maksettu")),
      Map.entry("GrantType", Map.of(
          "OPERATING_INNOVATION", "Toiminta- tai innovaatioavustus",
          "PARTNERSHIP", "Kumppanuusavustus")),
      Map.entry("RegistrationStatus", Map.of(
          "REGISTERED", "Ilmoittautuminen vastaanotettu",
          "SCREENED", "Haasteet arvioitu",
          "CARRIED_IN", "Siirtynyt edelliseltä kierrokselta",
          "DECIDED", "Ratkaistu")),
      Map.entry("ChallengeStatus", Map.of(
          "REGISTERED", "Arvioimatta",
          "SUITABLE", "Soveltuu MINNOon",
          "REDIRECTED", "Ohjattu muuhun rahoitukseen")),
      Map.entry("RoundStatus", Map.of(
          "PLANNED", "Suunnitteilla",
          "REGISTRATION_OPEN", "Ilmoittautuminen auki",
          "REGISTRATION_CLOSED", "Ilmoittautuminen päättynyt",
          "RUNNING", "Kurssi käynnissä",
          "CLOSED", "Päättynyt",
          "CANCELLED", "Peruttu")),
      Map.entry("Outcome", Map.of(
          // eligibility rule results
          "PASSED", "Täyttyy",
          "FAILED", "Ei täyty",
          "NEEDS_JUDGEMENT", "Valmistelijan harkinta",
          // MINNO outcomes
          "SELECTED", "Valittu",
          "CARRIED_OVER", "Siirretty seuraavalle kierrokselle",
          "REDIRECTED", "Ohjattu muuhun rahoitukseen",
          "DECLINED", "Ei valittu")));

  private final Clock clock;

  public Fmt(Clock clock) {
    this.clock = clock;
  }

  // ---- numbers ----

  /** {@code 25000} or a {@code Euro} → {@code "25 000,00 €"}; null → {@code "–"}. */
  public String money(Object value) {
    BigDecimal d = decimal(value);
    return d == null ? NONE : pattern(2).format(d.setScale(2, RoundingMode.HALF_UP)) + NBSP + "€";
  }

  /** Money without the currency sign, for columns headed "… €". */
  public String amount(Object value) {
    BigDecimal d = decimal(value);
    return d == null ? NONE : pattern(2).format(d.setScale(2, RoundingMode.HALF_UP));
  }

  /** An integer count: {@code 12345} → {@code "12 345"}. */
  public String integer(Object value) {
    BigDecimal d = decimal(value);
    return d == null ? NONE : pattern(0).format(d.setScale(0, RoundingMode.HALF_UP));
  }

  /** A number with the given decimals: {@code number(75.5, 2)} → {@code "75,50"}. */
  public String number(Object value, int decimals) {
    BigDecimal d = decimal(value);
    return d == null ? NONE : pattern(decimals).format(d.setScale(decimals, RoundingMode.HALF_UP));
  }

  /** A share 0..1 as percent: {@code 0.255} → {@code "25,5 %"}. */
  public String percent(Object share, int decimals) {
    BigDecimal d = decimal(share);
    return d == null ? NONE : number(d.movePointRight(2), decimals) + NBSP + "%";
  }

  private static DecimalFormat pattern(int decimals) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(FI);
    symbols.setGroupingSeparator(NBSP);
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('−');
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Euro e) {
      return e.amount();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String s = value.toString().trim().replace(" ", "").replace(String.valueOf(NBSP), "")
        .replace(',', '.');
    if (s.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---- dates ----

  public Instant now() {
    return clock.instant();
  }

  /** A date (LocalDate, Instant, Date, ISO text…) as {@code d.M.yyyy}, Helsinki time. */
  public String date(Object value) {
    ZonedDateTime t = zoned(value);
    if (t != null) {
      return DATE.format(t);
    }
    LocalDate d = localDate(value);
    return d == null ? NONE : DATE.format(d);
  }

  /** A moment as {@code d.M.yyyy klo H.mm}, Helsinki time; a plain date as {@code d.M.yyyy}. */
  public String dateTime(Object value) {
    ZonedDateTime t = zoned(value);
    if (t == null) {
      return date(value);
    }
    return DATE.format(t) + " klo " + TIME.format(t);
  }

  private ZonedDateTime zoned(Object value) {
    if (value instanceof Instant i) {
      return i.atZone(HELSINKI);
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(HELSINKI);
    }
    if (value instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(HELSINKI);
    }
    if (value instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(HELSINKI);
    }
    if (value instanceof LocalDateTime l) {
      return l.atZone(HELSINKI);
    }
    if (value instanceof CharSequence s && s.length() > 10) {
      try {
        return OffsetDateTime.parse(s).atZoneSameInstant(HELSINKI);
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(s).atZone(HELSINKI);
        } catch (DateTimeParseException e2) {
          return null;
        }
      }
    }
    return null;
  }

  private static LocalDate localDate(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof TemporalAccessor t) {
      try {
        return LocalDate.from(t);
      } catch (RuntimeException e) {
        return null;
      }
    }
    if (value instanceof CharSequence s && !s.isEmpty()) {
      try {
        return LocalDate.parse(s.length() > 10 ? s.subSequence(0, 10) : s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  // ---- status names ----

  /** The Finnish name of a status enum constant (any of the project's status enums). */
  public String status(Object value) {
    if (value == null) {
      return NONE;
    }
    if (value instanceof Enum<?> e) {
      String name = name(e.getDeclaringClass().getSimpleName(), e.name());
      return name != null ? name : ownFinnish(e);
    }
    return value.toString();
  }

  /** The Finnish name of a status code given as text, e.g. {@code ('CallStatus', 'OPEN')}. */
  public String status(String kind, Object code) {
    if (code == null) {
      return NONE;
    }
    String name = name(kind, code.toString());
    return name != null ? name : code.toString();
  }

  /** True when the table has a name for the code (tests check every enum constant). */
  public static boolean hasName(String kind, String code) {
    return name(kind, code) != null;
  }

  private static String name(String kind, String code) {
    Map<String, String> names = NAMES.get(kind);
    return names == null ? null : names.get(code);
  }

  /** An enum that carries its own Finnish name ({@code finnish()} / {@code finnishName()}). */
  private static String ownFinnish(Enum<?> e) {
    for (String method : new String[] {"finnish", "finnishName"}) {
      try {
        Method m = e.getClass().getMethod(method);
        Object result = m.invoke(e);
        if (result != null) {
          return result.toString();
        }
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // try the next one
      }
    }
    return e.name();
  }

  /** A list as Finnish text: {@code [E3, E5]} → {@code "E3, E5"}; empty → {@code "–"}. */
  public String list(Object values) {
    if (values == null) {
      return NONE;
    }
    if (values instanceof Collection<?> c) {
      return c.isEmpty() ? NONE : c.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    String s = values.toString().trim();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s.isEmpty() ? NONE : s;
  }

  /** Removes Java list brackets inside a stored text: {@code "(… [E3, E5])"} → {@code "(… E3, E5)"}. */
  public String text(Object value) {
    if (value == null) {
      return "";
    }
    return value.toString().replaceAll("\\[([^\\[\\]]*)\\]", "$1");
  }
}
