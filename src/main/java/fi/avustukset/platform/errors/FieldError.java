package fi.avustukset.platform.errors;

/** One refused input field: its name (as in CONTRACT.md) and why, in Finnish. */
public record FieldError(String field, String message) {

  /**
   * The refusal as one Finnish sentence for a person: a message written as a sentence (capital
   * first letter) stays as it is; a short reason ("arvo puuttuu") gets the field's Finnish name
   * in front ("Haettava summa: arvo puuttuu.").
   */
  public String sentence() {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty()) {
      String label = FieldLabels.label(field);
      return label == null ? "Tarkista syötetyt tiedot." : "Tarkista kenttä " + label + ".";
    }
    if (!Character.isUpperCase(text.codePointAt(0))) {
      String label = FieldLabels.label(field);
      text = label != null ? label + ": " + text
          : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' ? text : text + ".";
  }
}
