package fi.avustukset.grant.payment.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.grant.payment.domain.PaymentInstalment;
import fi.avustukset.grant.payment.domain.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendPayment: the outbound integration point. Sends the approved instalment to the
 * financial system (PaymentGateway) and records it paid; asynchronous, so a failure is retried
 * (R3/PT5M) and then becomes an incident. A payment over the grant is refused the same way.
 */
@Component
public class SendPayment implements JavaDelegate {

  private final PaymentService payments;

  public SendPayment(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PaymentInstalment paid = payments.pay((String) execution.getVariable(APPLICATION_NUMBER),
        ((Number) execution.getVariable(INSTALMENT_YEAR)).intValue());
    execution.setVariableLocal(PAYMENT_REFERENCE, paid.getPaymentReference());
  }
}
