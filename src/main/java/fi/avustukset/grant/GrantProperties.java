package fi.avustukset.grant;

import java.math.BigDecimal;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Configurable rules of the grant lifecycle ({@code grants.*} in application.yaml). */
@ConfigurationProperties("grants")
public record GrantProperties(
    Period takeoverPeriod,
    Period rectificationPeriod,
    Period completionPeriod,
    Integer reviewersPerApplication,
    BigDecimal minimumPartialShare) {

  public GrantProperties {
    takeoverPeriod = takeoverPeriod == null ? Period.ofDays(14) : takeoverPeriod;
    rectificationPeriod = rectificationPeriod == null ? Period.ofDays(14) : rectificationPeriod;
    completionPeriod = completionPeriod == null ? Period.ofDays(14) : completionPeriod;
    reviewersPerApplication = reviewersPerApplication == null ? 2 : reviewersPerApplication;
    minimumPartialShare = minimumPartialShare == null ? new BigDecimal("0.5") : minimumPartialShare;
  }
}
