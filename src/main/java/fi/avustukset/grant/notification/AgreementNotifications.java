package fi.avustukset.grant.notification;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The applicant's messages of grant-agreement (DOMAIN.md §7): the agreement is ready for
 * acceptance, it is signed (in force), an instalment is paid.
 */
@Component
public class AgreementNotifications implements ProcessMailHooks {

  public static final String PROCESS = PROCESS_KEY;

  private final Outbox outbox;
  private final GrantMailRecipients recipients;
  private final GrantNotifications grant;

  public AgreementNotifications(Outbox outbox, @Lazy GrantMailRecipients recipients,
      @Lazy GrantNotifications grant) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.grant = grant;
  }

  @Override
  public void register(Registry r) {
    r.onTaskCreate(PROCESS, "Task_AcceptAgreement", this::ready);
    r.onEnd(PROCESS, "Task_ActivateAgreement", this::signed);
    r.onEnd(PROCESS, "Task_SendPayment", this::paid);
  }

  void ready(DelegateTask task) {
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    Map<String, Object> m = model(number, task.getVariables());
    if (m != null) {
      outbox.enqueue(new MailRequest("agreement-ready:" + task.getId(), "agreement-ready",
          number, recipients.contactEmail(number), m));
    }
  }

  void signed(DelegateExecution execution) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    Map<String, Object> m = model(number, execution.getVariables());
    if (m != null) {
      outbox.enqueue(new MailRequest("agreement-signed:" + number, "agreement-signed", number,
          recipients.contactEmail(number), m));
    }
  }

  void paid(DelegateExecution execution) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    Object year = execution.getVariable(INSTALMENT_YEAR);
    Map<String, Object> m = model(number, execution.getVariables());
    if (m != null) {
      m.put("instalmentYear", year);
      m.put("instalmentAmount", MailFormat.euros(execution.getVariable(INSTALMENT_AMOUNT)));
      m.put("paymentReference", execution.getVariable(PAYMENT_REFERENCE));
      outbox.enqueue(new MailRequest("payment-sent:" + number + ":" + year, "payment-sent",
          number, recipients.contactEmail(number), m));
    }
  }

  private Map<String, Object> model(String number, Map<String, Object> vars) {
    return recipients.application(number).map(a -> {
      Map<String, Object> m = grant.model(a);
      m.put("agreementType", vars.get(AGREEMENT_TYPE_NAME));
      m.put("grantedAmount", MailFormat.euros(vars.get(GRANTED_AMOUNT)));
      m.put("agreementStart", MailFormat.date(vars.get(AGREEMENT_START)));
      m.put("agreementEnd", MailFormat.date(vars.get(AGREEMENT_END)));
      m.put("agreementUrl", outbox.publicUrl() + "/api/agreements/" + number + "/agreement.html");
      m.put("agreementPdfUrl", outbox.publicUrl() + "/api/agreements/" + number + "/agreement.pdf");
      return m;
    }).orElse(null);
  }
}
