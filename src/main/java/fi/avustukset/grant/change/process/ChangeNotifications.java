package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.notification.GrantMailRecipients;
import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The organisation's messages of grant-change: the change is accepted (after it has taken
 * effect, Task_ApplyChange) or refused (EndEvent_ChangeRefused), with the decision's grounds.
 */
@Component
public class ChangeNotifications implements ProcessMailHooks {

  private final Outbox outbox;
  private final GrantMailRecipients recipients;

  public ChangeNotifications(Outbox outbox, @Lazy GrantMailRecipients recipients) {
    this.outbox = outbox;
    this.recipients = recipients;
  }

  @Override
  public void register(Registry r) {
    r.onEnd(PROCESS_KEY, "Task_ApplyChange", ex -> send(ex, "change-accepted"));
    r.onStart(PROCESS_KEY, "EndEvent_ChangeRefused", ex -> send(ex, "change-refused"));
  }

  void send(DelegateExecution execution, String template) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    String changeNumber = (String) execution.getVariable(CHANGE_NUMBER);
    Map<String, Object> m = new HashMap<>();
    m.put("number", number);
    m.put("changeNumber", changeNumber);
    m.put("projectName", execution.getVariable(PROJECT_NAME));
    m.put("organizationName", execution.getVariable(ORGANIZATION_NAME));
    m.put("changeKind", execution.getVariable(CHANGE_KIND_NAME));
    m.put("reason", execution.getVariable(DECISION_REASON));
    m.put("agreementEnd", "PERIOD_EXTENSION".equals(execution.getVariable(CHANGE_KIND))
        ? MailFormat.date(execution.getVariable(APPROVED_END_DATE)) : null);
    m.put("agreementUrl", outbox.publicUrl() + "/api/agreements/" + number + "/agreement.html");
    outbox.enqueue(new MailRequest(template + ":" + changeNumber, template, number,
        recipients.contactEmail(number), m));
  }
}
