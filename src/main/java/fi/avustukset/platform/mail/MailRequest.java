package fi.avustukset.platform.mail;

import fi.avustukset.platform.pdf.DocumentSource;
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
 * @param attachmentToMake a document its {@link DocumentSource} makes and stores when the mail
 *     is delivered (then attached), or null
 */
public record MailRequest(String dedupeKey, String template, String businessKey,
    String recipient, Map<String, Object> model, Long attachmentId,
    DocumentSource.Ref attachmentToMake) {

  public MailRequest(String dedupeKey, String template, String businessKey, String recipient,
      Map<String, Object> model) {
    this(dedupeKey, template, businessKey, recipient, model, null, null);
  }

  public MailRequest(String dedupeKey, String template, String businessKey, String recipient,
      Map<String, Object> model, Long attachmentId) {
    this(dedupeKey, template, businessKey, recipient, model, attachmentId, null);
  }

  /** A message whose attachment is made on delivery by the document's source. */
  public MailRequest(String dedupeKey, String template, String businessKey, String recipient,
      Map<String, Object> model, DocumentSource.Ref attachmentToMake) {
    this(dedupeKey, template, businessKey, recipient, model, null, attachmentToMake);
  }
}
