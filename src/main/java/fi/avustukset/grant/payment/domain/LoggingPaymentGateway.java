package fi.avustukset.grant.payment.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Default {@link PaymentGateway} until the county's financial system is connected: records the
 * order in the log and answers a reference built from the application number and year. A real
 * integration replaces this class with one that calls the financial system.
 */
@Component
public class LoggingPaymentGateway implements PaymentGateway {

  private static final Logger log = LoggerFactory.getLogger(LoggingPaymentGateway.class);

  @Override
  public String send(PaymentOrder order) {
    log.info("Payment order: {} instalment {} {} € to {} ({}) account {}",
        order.applicationNumber(), order.instalmentYear(), order.amount(), order.payee(),
        order.businessId(), order.bankAccount());
    return "MAKSU-" + order.applicationNumber() + "-" + order.instalmentYear();
  }
}
