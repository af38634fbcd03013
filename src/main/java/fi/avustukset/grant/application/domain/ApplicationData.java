package fi.avustukset.grant.application.domain;

import java.math.BigDecimal;

/**
 * A validated application (CONTRACT.md "Start of grant-application"). {@code organizationType}
 * stays free text: values other than ASSOCIATION, FOUNDATION, PARISH and FOURTH_SECTOR are
 * accepted here and found ineligible by rule E1, so the applicant is told why.
 */
public record ApplicationData(
    String organizationName,
    String businessId,
    String organizationType,
    String projectName,
    String targetGroup,
    boolean openToWholeTargetGroup,
    String strategyGoals,
    boolean complementsServices,
    ServiceDirectory serviceDirectory,
    int municipalityCount,
    boolean wholeRegion,
    boolean hasOtherFunding,
    String soleFundingJustification,
    BigDecimal requestedAmount,
    int durationYears,
    String contactEmail) {

  /** Without a contact address (e.g. data of an application made before notifications). */
  public ApplicationData(String organizationName, String businessId, String organizationType,
      String projectName, String targetGroup, boolean openToWholeTargetGroup,
      String strategyGoals, boolean complementsServices, ServiceDirectory serviceDirectory,
      int municipalityCount, boolean wholeRegion, boolean hasOtherFunding,
      String soleFundingJustification, BigDecimal requestedAmount, int durationYears) {
    this(organizationName, businessId, organizationType, projectName, targetGroup,
        openToWholeTargetGroup, strategyGoals, complementsServices, serviceDirectory,
        municipalityCount, wholeRegion, hasOtherFunding, soleFundingJustification,
        requestedAmount, durationYears, null);
  }
}
