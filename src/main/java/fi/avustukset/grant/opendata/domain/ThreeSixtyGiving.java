package fi.avustukset.grant.opendata.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustukset.grant.agreement.domain.AgreementTerms;
import fi.avustukset.grant.call.domain.GrantType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A call's final grants as a 360Giving Data Standard package (open data). No Finnish open
 * standard covers the grants of a wellbeing county, so the export follows the international
 * 360Giving standard (https://www.threesixtygiving.org/): one grant per GRANTED and final
 * decision (DOMAIN.md §6), identified {@code <prefix>-<application number>}, the recipient and
 * the funder identified in org-id.guide form ({@link OrgId}). Free of persistence and Camunda.
 */
public final class ThreeSixtyGiving {

  public static final String CURRENCY = "EUR";
  /** Creative Commons Attribution 4.0, the licence JHS 189 recommends for Finnish open data. */
  public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

  /** What the export needs of one call. */
  public record CallInfo(String callKey, String name, GrantType grantType, String description) {}

  /** What the export needs of one granted, final application (and its agreement, if any). */
  public record GrantRecord(String applicationNumber, String projectName, String targetGroup,
      String organizationName, String businessId, BigDecimal requestedAmount,
      BigDecimal grantedAmount, LocalDate awardDate, int durationYears,
      LocalDate agreementStart, LocalDate agreementEnd, Integer agreementYears) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Package(String title, String description, String identifier, String issued,
      Publisher publisher, String license, List<Grant> grants) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Publisher(String identifier, String name, String website) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Grant(String id, String title, String description, String currency,
      BigDecimal amountAppliedFor, BigDecimal amountAwarded, String awardDate,
      String fromOpenCall, List<Organization> recipientOrganization,
      List<Organization> fundingOrganization, List<Programme> grantProgramme,
      List<Dates> plannedDates) {}

  public record Organization(String id, String name) {}

  public record Programme(String code, String title) {}

  /** A planned period; the standard's duration is in months (a string in its schema). */
  public record Dates(String startDate, String endDate, String duration) {}

  /** The 360Giving grant id: the funder's prefix and the application number. */
  public static String grantId(String prefix, String applicationNumber) {
    return prefix + "-" + applicationNumber;
  }

  /**
   * Planned dates: the agreement period when an agreement has one, otherwise from the decision
   * date for the decided number of years (not in sources: the agreement usually starts soon
   * after the decision).
   */
  public static Dates plannedDates(GrantRecord g) {
    if (g.agreementStart() != null) {
      int years = g.agreementYears() != null ? g.agreementYears() : g.durationYears();
      LocalDate end = g.agreementEnd() != null ? g.agreementEnd()
          : AgreementTerms.endDate(g.agreementStart(), years);
      return new Dates(g.agreementStart().toString(), end.toString(), String.valueOf(years * 12));
    }
    return new Dates(g.awardDate().toString(),
        AgreementTerms.endDate(g.awardDate(), g.durationYears()).toString(),
        String.valueOf(g.durationYears() * 12));
  }

  public static Package build(CallInfo call, List<GrantRecord> grants, FunderProperties funder,
      LocalDate issued) {
    Organization funding = new Organization(OrgId.ofBusinessId(funder.businessId()), funder.name());
    List<Programme> programme = List.of(new Programme(call.callKey(), call.name()));
    String typeName = call.grantType() == GrantType.PARTNERSHIP ? "Kumppanuusavustus"
        : "Toiminta- tai innovaatioavustus";
    String fromOpenCall = call.grantType() == GrantType.PARTNERSHIP ? "No" : "Yes";
    List<Grant> out = grants.stream()
        .sorted(Comparator.comparing(GrantRecord::applicationNumber))
        .map(g -> new Grant(grantId(funder.grantIdPrefix(), g.applicationNumber()),
            g.projectName(),
            typeName + ": " + g.projectName()
                + (g.targetGroup() == null ? "" : ". Kohderyhmä: " + g.targetGroup()),
            CURRENCY, g.requestedAmount(), g.grantedAmount(), g.awardDate().toString(),
            fromOpenCall,
            List.of(new Organization(OrgId.ofBusinessId(g.businessId()), g.organizationName())),
            List.of(funding), programme, List.of(plannedDates(g))))
        .toList();
    return new Package("Avustuspäätökset: " + call.name() + " (" + call.callKey() + ")",
        "Haun " + call.callKey() + " lopulliset myöntöpäätökset 360Giving-muodossa.",
        funder.grantIdPrefix() + "-" + call.callKey(), issued.toString(),
        new Publisher(funding.id(), funder.name(), funder.website()), LICENSE, out);
  }

  private ThreeSixtyGiving() {}
}
