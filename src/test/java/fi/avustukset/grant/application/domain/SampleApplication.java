package fi.avustukset.grant.application.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A submitted application requesting 40 000,00 € (Savon Mielenterveysyhdistys ry), for rule tests. */
public final class SampleApplication {

  public static GrantApplication submitted(String applicationNumber, String callKey) {
    return new GrantApplication(applicationNumber, callKey,
        new ApplicationData("Savon Mielenterveysyhdistys ry", "1234567-1", "ASSOCIATION",
            "Hanke", "Nuoret", true, "S1", true, ServiceDirectory.LAHELLA, 5, false, true, null,
            new BigDecimal("40000.00"), 2, null),
        "applicant", Instant.parse("2027-02-01T10:00:00Z"));
  }

  private SampleApplication() {}
}
