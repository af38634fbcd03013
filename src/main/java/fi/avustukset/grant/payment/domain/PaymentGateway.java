package fi.avustukset.grant.payment.domain;

import java.math.BigDecimal;

/**
 * Outbound integration point to the county's financial system (maksuliikenne). Called from an
 * asynchronous service task: a failure is retried by the job executor (R3/PT5M) and then
 * becomes an incident in Cockpit; nothing is marked paid until this returns.
 */
public interface PaymentGateway {

  /** One payment order. */
  record PaymentOrder(String applicationNumber, int instalmentYear, String payee,
      String businessId, String bankAccount, BigDecimal amount) {}

  /** Sends the order; returns the financial system's payment reference. */
  String send(PaymentOrder order);
}
