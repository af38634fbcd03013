package fi.avustukset.grant.payment.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.payment.domain.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion listener of Task_ApprovePayment: the preparer confirms the instalment. */
@Component
public class ApplyPaymentApproval implements TaskListener {

  private final PaymentService payments;

  public ApplyPaymentApproval(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!"APPROVED".equals(task.getVariable(PAYMENT_APPROVAL))) {
      throw new InvalidInputException(PAYMENT_APPROVAL, "vahvista maksuerän maksatus");
    }
    payments.approve((String) task.getVariable(APPLICATION_NUMBER),
        ((Number) task.getVariable(INSTALMENT_YEAR)).intValue(), ProcessSupport.actor(task));
  }
}
