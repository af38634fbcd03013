package fi.avustukset.platform.mail;

/** PENDING: waiting to be sent (or retried); SENT: the SMTP server accepted it; FAILED: gave up
 *  (no recipient, broken template, or too many failed attempts) — staff can retry it. */
public enum OutboxStatus {
  PENDING("Odottaa lähetystä"),
  SENT("Lähetetty"),
  FAILED("Epäonnistui");

  private final String finnish;

  OutboxStatus(String finnish) {
    this.finnish = finnish;
  }

  public String finnish() {
    return finnish;
  }
}
