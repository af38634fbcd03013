package fi.avustukset.browser;

/**
 * What the browser suite expects a person to read, in one place so that a changed wording is
 * one edit. Process and task names come from processes/*.bpmn, form texts from forms/*.form.
 */
final class UiText {

  static final String PROCESS_CALL = "Avustushaku";
  static final String PROCESS_APPLICATION = "Avustushakemus";

  private UiText() {}
}
