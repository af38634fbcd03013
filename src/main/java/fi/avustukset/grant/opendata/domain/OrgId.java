package fi.avustukset.grant.opendata.domain;

import fi.avustukset.platform.domain.BusinessId;

/**
 * Organisation identifiers in the org-id.guide form that 360Giving requires: list code +
 * identifier. Finnish organisations with a Y-tunnus (yritys- ja yhteisötunnus, issued through
 * the Finnish Patent and Registration Office and the Tax Administration, shown in YTJ) use the
 * list {@code FI-PRO}, e.g. {@code FI-PRO-1234567-1}.
 */
public final class OrgId {

  public static final String FINNISH_BUSINESS_ID_LIST = "FI-PRO";

  public static String ofBusinessId(String businessId) {
    if (!BusinessId.isValid(businessId)) {
      throw new IllegalArgumentException("invalid Y-tunnus: " + businessId);
    }
    return FINNISH_BUSINESS_ID_LIST + "-" + businessId;
  }

  private OrgId() {}
}
