package fi.avustukset.platform.mail;

import fi.avustukset.platform.domain.Euro;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Finnish formats for message texts: 12 345,00 €, 1.12.2026. */
public final class MailFormat {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  public static String euros(Object amount) {
    if (amount == null) {
      return "";
    }
    return Euro.inFinnish(amount instanceof Number n ? n : new BigDecimal(amount.toString()));
  }

  public static String date(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate d) {
      return d.format(DATE);
    }
    if (value instanceof Instant i) {
      return i.atZone(HELSINKI).toLocalDate().format(DATE);
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(HELSINKI).toLocalDate().format(DATE);
    }
    String text = value.toString();
    try {
      return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text).format(DATE);
    } catch (RuntimeException e) {
      return text;
    }
  }

  private MailFormat() {}
}
