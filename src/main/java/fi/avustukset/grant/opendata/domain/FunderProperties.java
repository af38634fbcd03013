package fi.avustukset.grant.opendata.domain;

import fi.avustukset.platform.domain.BusinessId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The funder in open data ({@code grants.funder.*}): the wellbeing county's name, its Y-tunnus
 * and the prefix of its 360Giving grant identifiers. The defaults are placeholders (Y-tunnus
 * {@code 0000000-0} is valid in form but nobody's; {@code 360G-hyvinvointialue} is not a
 * registered 360Giving prefix) until the county sets its own and registers a prefix with
 * 360Giving.
 */
@ConfigurationProperties("grants.funder")
public record FunderProperties(String name, String businessId, String grantIdPrefix,
    String website) {

  public static final String PLACEHOLDER_NAME = "Hyvinvointialue (nimi asetuksella grants.funder.name)";
  public static final String PLACEHOLDER_BUSINESS_ID = "0000000-0";
  public static final String PLACEHOLDER_PREFIX = "360G-hyvinvointialue";

  public FunderProperties {
    name = blank(name) ? PLACEHOLDER_NAME : name.trim();
    businessId = blank(businessId) ? PLACEHOLDER_BUSINESS_ID : businessId.trim();
    grantIdPrefix = blank(grantIdPrefix) ? PLACEHOLDER_PREFIX : grantIdPrefix.trim();
    website = blank(website) ? null : website.trim();
    if (!BusinessId.isValid(businessId)) {
      throw new IllegalArgumentException("grants.funder.business-id is not a valid Y-tunnus: "
          + businessId);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
