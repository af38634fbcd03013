package fi.avustukset.browser;

/**
 * What the browser suite expects a person to read, in one place so that a changed wording is
 * one edit. Process and task names come from processes/*.bpmn, form texts from forms/*.form.
 */
final class UiText {

  static final String PROCESS_CALL = "Avustushaku";
  static final String PROCESS_APPLICATION = "Avustushakemus";

  /** form-js validation messages as the Finnish webapps show them (app/fi/camunda-fi.js). */
  static final String BUSINESS_ID_FORMAT = "Anna Y-tunnus muodossa 1234567-8.";

  static String max(Object value) {
    return "Arvo saa olla enintään " + value + ".";
  }

  static String required() {
    return "Kenttä on pakollinen.";
  }

  /** Dates as the forms print them: 1.12.2026. */
  static String finnishDate(java.time.LocalDate date) {
    return date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear();
  }

  private UiText() {}
}
