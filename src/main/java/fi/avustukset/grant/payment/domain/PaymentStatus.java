package fi.avustukset.grant.payment.domain;

/** One instalment: planned at signature, approved by the preparer, paid by the integration. */
public enum PaymentStatus {
  PLANNED, APPROVED, PAID
}
