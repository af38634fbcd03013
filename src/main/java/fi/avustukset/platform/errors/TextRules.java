package fi.avustukset.platform.errors;

import java.util.regex.Pattern;

/**
 * The project's one rule set for free text and a few formats, used by /api payloads, process
 * forms and start variables alike: text may not carry control characters (a NUL is refused by
 * PostgreSQL, the others are invisible to a reader), amounts are written with ASCII digits, and
 * an e-mail address is a plain {@code name@domain.tld} (no display name, no angle brackets).
 */
public final class TextRules {

  private static final Pattern EMAIL = Pattern.compile(
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
  private static final Pattern ASCII_DECIMAL = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  /** Control characters other than tab, line feed and carriage return, and lone surrogates. */
  public static boolean hasControlCharacters(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029'
          || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\ufeff'
          || c == '\ufffe' || c == '\uffff') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a single-line text (a name, a code) has a line break or a control character. */
  public static boolean hasLineBreakOrControl(String text) {
    return text != null && (hasControlCharacters(text) || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0);
  }

  public static boolean isEmail(String text) {
    return text != null && text.length() <= 254 && EMAIL.matcher(text).matches()
        && text.indexOf('@') <= 64;
  }

  /** An amount as text: ASCII digits, optionally one decimal separator (no other scripts). */
  public static boolean isAsciiDecimal(String text) {
    return text != null && ASCII_DECIMAL.matcher(text).matches();
  }

  /**
   * The refusal of a text field, or null when it is fine: no control characters, at most
   * {@code maxLength} characters. {@code singleLine} refuses line breaks too.
   */
  public static FieldError check(String field, String text, int maxLength, boolean singleLine) {
    if (text == null) {
      return null;
    }
    if (singleLine ? hasLineBreakOrControl(text) : hasControlCharacters(text)) {
      return new FieldError(field, singleLine
          ? "teksti sisältää rivinvaihtoja tai ohjausmerkkejä, joita ei voi tallentaa"
          : "teksti sisältää ohjausmerkkejä, joita ei voi tallentaa");
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      return new FieldError(field, "enintään " + maxLength + " merkkiä");
    }
    return null;
  }

  private TextRules() {}
}
