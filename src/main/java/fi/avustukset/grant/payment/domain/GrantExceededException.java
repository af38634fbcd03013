package fi.avustukset.grant.payment.domain;

/**
 * A payment would exceed the grant. Never a business outcome: it stops the payment (in the
 * process, an incident in Cockpit) so that no money moves until someone looks.
 */
public class GrantExceededException extends IllegalStateException {
  public GrantExceededException(String message) {
    super(message);
  }
}
