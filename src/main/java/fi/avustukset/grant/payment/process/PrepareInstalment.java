package fi.avustukset.grant.payment.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.grant.payment.domain.PaymentInstalment;
import fi.avustukset.grant.payment.domain.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareInstalment: reads the planned instalment of this round of SubProcess_Instalment
 * (instalmentYear) and sets its amount and due date for the timer and the approval form.
 */
@Component
public class PrepareInstalment implements JavaDelegate {

  private final PaymentService payments;

  public PrepareInstalment(PaymentService payments) {
    this.payments = payments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(INSTALMENT_YEAR)).intValue();
    PaymentInstalment instalment = payments.instalment(
        (String) execution.getVariable(APPLICATION_NUMBER), year);
    execution.setVariableLocal(INSTALMENT_AMOUNT, instalment.getAmount().doubleValue());
    execution.setVariableLocal(INSTALMENT_DUE_DATE, instalment.getDueDate().toString());
    execution.setVariableLocal(INSTALMENT_DUE_AT, ProcessSupport.startOfDay(instalment.getDueDate()));
  }
}
