package fi.avustukset.browser;

/**
 * What the browser suite expects a person to read, in one place so that a changed wording is
 * one edit. Process and task names come from processes/*.bpmn, form texts from forms/*.form.
 */
final class UiText {

  static final String PROCESS_CALL = "Avustushaku";
  static final String PROCESS_APPLICATION = "Avustushakemus";

  /** The placeholder of a date field in a Camunda Form (päivä.kuukausi.vuosi). */
  static final String DATE_PLACEHOLDER = "pp.kk.vvvv";

  /** Tasklist's notifications (tasklist/locales/fi.json), followed by the server's sentence. */
  static final String COMPLETE_ERROR = "Tehtävää ei merkitty valmiiksi:";
  static final String PROCESS_START_ERROR = "Lomaketta ei lähetetty:";
  static final String LOGIN_FAILED = "Kirjautuminen epäonnistui:";

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

  /** The application period as the call's task forms print it. */
  static String period(java.time.LocalDate start, java.time.LocalDate end) {
    return "Hakuaika: " + finnishDate(start) + " – " + finnishDate(end);
  }

  private UiText() {}
}
