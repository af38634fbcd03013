package fi.avustukset.grant.notification;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.decision.web.DecisionLetters;
import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import fi.avustukset.platform.pdf.DocumentSource;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
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
  private final GrantProperties properties;
  private final String applicationPath;

  public GrantNotifications(Outbox outbox, @Lazy GrantMailRecipients recipients,
      GrantProperties properties,
      @Value("${grants.mail.application-path:/api/applications/{number}}") String applicationPath) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.properties = properties;
    this.applicationPath = applicationPath;
  }

  @Override
  public void register(Registry r) {
    r.onEnd(PROCESS, "Task_RegisterApplication",
        ex -> received((String) ex.getVariable(APPLICATION_NUMBER)));
    r.onTaskCreate(PROCESS, "Task_CompleteApplication", this::completionRequested);
    // The decision (and the rectification decision) issued; the letter is linked.
    r.onEnd(PROCESS, "Task_NotifyApplicant", this::decisionMade);
    r.onEnd(PROCESS, "Task_NotifyRectificationDecision", this::decisionMade);
    // Final: the letter's PDF is stored as issued and attached.
    r.onEnd(PROCESS, "Task_FinalizeDecision",
        ex -> decisionFinal((String) ex.getVariable(APPLICATION_NUMBER)));
  }

  void decisionMade(DelegateExecution execution) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    recipients.application(number).filter(DecisionLetters::hasDecision).ifPresent(a -> {
      Map<String, Object> m = decisionModel(a);
      m.put("rectification", "Task_NotifyRectificationDecision".equals(
          execution.getCurrentActivityId()));
      outbox.enqueue(new MailRequest("decision:" + number + ":" + execution.getActivityInstanceId(),
          "decision-made", number, a.getContactEmail(), m));
    });
  }

  void decisionFinal(String number) {
    // The letter's PDF is made and stored when this mail is delivered (DecisionLetters is its
    // DocumentSource) or first downloaded, whichever comes first: the decision is final, so the
    // letter is the same either way, and rendering it stays out of the finalising transaction.
    recipients.application(number).filter(DecisionLetters::hasDecision).ifPresent(a ->
        outbox.enqueue(new MailRequest("decision-final:" + number, "decision-final", number,
            a.getContactEmail(), decisionModel(a),
            new DocumentSource.Ref(DecisionLetters.KIND, number))));
  }

  private Map<String, Object> decisionModel(GrantApplication a) {
    Map<String, Object> m = model(a);
    m.put("granted", a.getDecision() == Decision.GRANTED);
    m.put("grantedAmount", MailFormat.euros(a.getGrantedAmount()));
    m.put("reasons", a.getDecisionReasons());
    m.put("decidedOn", MailFormat.date(a.getDecidedAt()));
    m.put("byBoard", "REGIONAL_BOARD".equals(a.getDecidedBy()));
    m.put("letterUrl", outbox.publicUrl() + "/api/applications/" + a.getApplicationNumber()
        + "/decision-letter");
    m.put("letterPdfUrl", outbox.publicUrl() + "/api/applications/" + a.getApplicationNumber()
        + "/decision-letter.pdf");
    m.put("rectificationDays", properties.rectificationPeriod().getDays());
    m.put("takeoverDays", properties.takeoverPeriod().getDays());
    return m;
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
