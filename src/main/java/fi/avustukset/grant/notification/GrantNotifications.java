package fi.avustukset.grant.notification;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The applicant's messages of grant-application (issue 12), each written to the outbox in the
 * transaction of the step that causes it. Element ids are those of processes/grant-application.bpmn
 * (GrantMailHooksModelTest checks they exist).
 */
@Component
public class GrantNotifications implements ProcessMailHooks {

  public static final String PROCESS = PROCESS_KEY;

  private final Outbox outbox;
  private final GrantMailRecipients recipients;
  private final String applicationPath;

  public GrantNotifications(Outbox outbox, GrantMailRecipients recipients,
      @Value("${grants.mail.application-path:/api/applications/{number}}") String applicationPath) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.applicationPath = applicationPath;
  }

  @Override
  public void register(Registry r) {
    r.onEnd(PROCESS, "Task_RegisterApplication",
        ex -> received((String) ex.getVariable(APPLICATION_NUMBER)));
    r.onTaskCreate(PROCESS, "Task_CompleteApplication", this::completionRequested);
  }

  /** The receipt: the application number and a link to the applicant's own view. */
  void received(String number) {
    recipients.application(number).ifPresent(a -> outbox.enqueue(new MailRequest(
        "application-received:" + number, "application-received", number, a.getContactEmail(),
        model(a))));
  }

  void completionRequested(DelegateTask task) {
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    recipients.application(number).ifPresent(a -> {
      Map<String, Object> m = model(a);
      m.put("request", task.getVariable(COMPLETION_REQUEST));
      m.put("due", MailFormat.date(task.getVariable(COMPLETION_DUE)));
      outbox.enqueue(new MailRequest("completion-request:" + task.getId(), "completion-request",
          number, a.getContactEmail(), m));
    });
  }

  /** What every applicant message may use. */
  public Map<String, Object> model(GrantApplication a) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", a.getApplicationNumber());
    m.put("callKey", a.getCallKey());
    m.put("organizationName", a.getOrganizationName());
    m.put("projectName", a.getProjectName());
    m.put("requested", MailFormat.euros(a.getRequestedAmount()));
    m.put("applicationUrl", applicationUrl(a.getApplicationNumber()));
    return m;
  }

  public String applicationUrl(String number) {
    return outbox.publicUrl() + applicationPath.replace("{number}", number);
  }
}
