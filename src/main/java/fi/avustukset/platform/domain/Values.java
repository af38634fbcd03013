package fi.avustukset.platform.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Conversions of process-variable values as forms and REST clients send them (a date may come
 * as "2027-01-15", "2027-01-15T00:00:00Z" or a Date; a number as Long, Double or String).
 * Each conversion returns null for a missing value and throws IllegalArgumentException for
 * one it cannot read: numbers as text only in ASCII digits (no other scripts' digits, no
 * exponent), booleans only true/false.
 */
public final class Values {

  public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  public static LocalDate localDate(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(HELSINKI).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date: " + text);
    }
  }

  public static BigDecimal decimal(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    String text = value.toString().trim().replace(',', '.').replace(" ", "").replace("\u00a0", "");
    // BigDecimal reads any script's digits (Arabic-Indic "١٢٣" = 123): amounts are ASCII only.
    if (!text.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException("not a number: " + value);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: " + value);
    }
  }

  public static Integer integer(Object value) {
    BigDecimal d = decimal(value);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("not a whole number: " + value);
    }
  }

  public static Boolean bool(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().trim().toLowerCase();
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException("not true/false: " + value);
  }

  /** Like {@link #bool} but null for a missing or unreadable value (forms decide the message). */
  public static Boolean boolOrNull(Object value) {
    try {
      return bool(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  private Values() {}
}
