package fi.avustukset.platform.mail;

import java.util.Map;

/**
 * A message to put in the outbox.
 *
 * @param dedupeKey what makes this message unique, e.g. {@code received:2027-TI-1-0007}: a second
 *     request with the same key is ignored, so a message is written once however often its
 *     trigger runs
 * @param template name of the template in templates/mail/ (without .txt)
 * @param businessKey the case the message belongs to (application number, round code…)
 * @param recipient e-mail address; blank = FAILED at once with the reason, visible to staff
 * @param model the template's variables ({@code publicUrl} is added)
 * @param attachmentId a stored document (platform.pdf.StoredDocuments) to attach, or null
 */
public record MailRequest(String dedupeKey, String template, String businessKey,
    String recipient, Map<String, Object> model, Long attachmentId) {

  public MailRequest(String dedupeKey, String template, String businessKey, String recipient,
      Map<String, Object> model) {
    this(dedupeKey, template, businessKey, recipient, model, null);
  }
}
