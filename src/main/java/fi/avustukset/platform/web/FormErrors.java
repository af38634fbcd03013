package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refused fields of an HTML form, for the fragments in {@code fragments/forms.html}: the
 * message shown at each field (model attribute {@code errors}) and the sentences of the summary
 * above the form ({@code errorSentences}).
 */
public final class FormErrors {

  private FormErrors() {}

  /** Field → its Finnish message(s) as a sentence, in the order refused. */
  public static Map<String, String> byField(List<FieldError> errors) {
    Map<String, String> out = new LinkedHashMap<>();
    for (FieldError e : errors) {
      String field = e.field() == null ? "" : e.field();
      String text = sentence(e.message());
      out.merge(field, text, (a, b) -> a + " " + b);
    }
    return out;
  }

  /** Every error as one sentence naming its field ("Projektin nimi: arvo puuttuu."). */
  public static List<String> sentences(List<FieldError> errors) {
    return errors.stream().map(FieldError::sentence).toList();
  }

  static String sentence(String message) {
    String t = message == null ? "" : message.strip();
    if (t.isEmpty()) {
      return "Tarkista arvo.";
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ')' ? t : t + ".";
  }
}
