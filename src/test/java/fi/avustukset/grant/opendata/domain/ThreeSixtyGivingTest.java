package fi.avustukset.grant.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.grant.opendata.domain.ThreeSixtyGiving.CallInfo;
import fi.avustukset.grant.opendata.domain.ThreeSixtyGiving.GrantRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 360Giving export against the standard's published JSON Schema, and its mapping rules. */
class ThreeSixtyGivingTest {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  static final FunderProperties FUNDER = new FunderProperties(null, null, null, null);
  static final CallInfo CALL = new CallInfo("2027-TI-1", "Toiminta-avustukset 2027",
      GrantType.OPERATING_INNOVATION, "Haku");

  static GrantRecord decisionOnly() {
    return new GrantRecord("2027-TI-1-0002", "Vertaistuki", "Omaishoitajat", "Savon Mielenterveysyhdistys ry",
        "1234567-1", new BigDecimal("20000.00"), new BigDecimal("15000.00"),
        LocalDate.of(2027, 3, 10), 2, null, null, null);
  }

  static GrantRecord withAgreement() {
    return new GrantRecord("2027-TI-1-0001", "Liikkuva olohuone", "Nuoret", "Kuopion Seudun Omaishoitajat ry",
        "2345678-0", new BigDecimal("9000.00"), new BigDecimal("9000.00"),
        LocalDate.of(2027, 3, 10), 1, LocalDate.of(2027, 5, 1), LocalDate.of(2028, 4, 30), 1);
  }

  static JsonNode export(List<GrantRecord> grants) {
    return JSON.valueToTree(ThreeSixtyGiving.build(CALL, grants, FUNDER, LocalDate.of(2027, 6, 1)));
  }

  @Test
  void exportValidatesAgainstThePublishedSchema() {
    JsonNode json = export(List.of(decisionOnly(), withAgreement()));
    assertThat(ThreeSixtyGivingSchema.errors(json)).isEmpty();
  }

  @Test
  void grantCarriesIdsAmountsAndProgramme() {
    JsonNode grants = export(List.of(decisionOnly(), withAgreement())).path("grants");
    assertThat(grants).hasSize(2);
    JsonNode first = grants.get(0); // sorted by application number
    assertThat(first.path("id").asText()).isEqualTo("360G-hyvinvointialue-2027-TI-1-0001");
    assertThat(first.path("currency").asText()).isEqualTo("EUR");
    assertThat(first.path("recipientOrganization").get(0).path("id").asText())
        .isEqualTo("FI-PRO-2345678-0");
    assertThat(first.path("fundingOrganization").get(0).path("id").asText())
        .isEqualTo("FI-PRO-0000000-0");
    assertThat(first.path("grantProgramme").get(0).path("code").asText()).isEqualTo("2027-TI-1");
    assertThat(first.path("grantProgramme").get(0).path("title").asText())
        .isEqualTo("Toiminta-avustukset 2027");
    assertThat(first.path("fromOpenCall").asText()).isEqualTo("Yes");
    JsonNode second = grants.get(1);
    assertThat(second.path("amountAwarded").decimalValue()).isEqualByComparingTo("15000");
    assertThat(second.path("amountAppliedFor").decimalValue()).isEqualByComparingTo("20000");
    assertThat(second.path("awardDate").asText()).isEqualTo("2027-03-10");
  }

  @Test
  void plannedDatesComeFromTheAgreementWhenItExists() {
    JsonNode dates = export(List.of(withAgreement())).path("grants").get(0).path("plannedDates").get(0);
    assertThat(dates.path("startDate").asText()).isEqualTo("2027-05-01");
    assertThat(dates.path("endDate").asText()).isEqualTo("2028-04-30");
    assertThat(dates.path("duration").asText()).isEqualTo("12");
  }

  @Test
  void plannedDatesFallBackToDecisionDatePlusYears() {
    JsonNode dates = export(List.of(decisionOnly())).path("grants").get(0).path("plannedDates").get(0);
    assertThat(dates.path("startDate").asText()).isEqualTo("2027-03-10");
    assertThat(dates.path("endDate").asText()).isEqualTo("2029-03-09");
    assertThat(dates.path("duration").asText()).isEqualTo("24");
  }

  @Test
  void partnershipGrantsAreNotFromAnOpenCall() {
    CallInfo partnership = new CallInfo("2027-KU-1", "Kumppanuus", GrantType.PARTNERSHIP, null);
    JsonNode json = JSON.valueToTree(ThreeSixtyGiving.build(partnership, List.of(decisionOnly()),
        FUNDER, LocalDate.of(2027, 6, 1)));
    assertThat(json.path("grants").get(0).path("fromOpenCall").asText()).isEqualTo("No");
    assertThat(ThreeSixtyGivingSchema.errors(json)).isEmpty();
  }

  // Negative cases: the schema check really fails when the standard's required data is missing.

  @Test
  void schemaRefusesGrantWithoutAwardDate() {
    ObjectNode json = (ObjectNode) export(List.of(decisionOnly()));
    ((ObjectNode) json.path("grants").get(0)).remove("awardDate");
    assertThat(ThreeSixtyGivingSchema.errors(json)).anyMatch(e -> e.contains("awardDate"));
  }

  @Test
  void schemaRefusesRecipientWithoutId() {
    ObjectNode json = (ObjectNode) export(List.of(decisionOnly()));
    ((ObjectNode) json.path("grants").get(0).path("recipientOrganization").get(0)).remove("id");
    assertThat(ThreeSixtyGivingSchema.errors(json)).anyMatch(e -> e.contains("id"));
  }

  @Test
  void schemaRefusesWrongCurrencyAndEmptyPackage() {
    ObjectNode json = (ObjectNode) export(List.of(decisionOnly()));
    ((ObjectNode) json.path("grants").get(0)).put("currency", "EURO");
    assertThat(ThreeSixtyGivingSchema.errors(json)).anyMatch(e -> e.contains("currency"));
    ObjectNode empty = (ObjectNode) export(List.of(decisionOnly()));
    ((ArrayNode) empty.path("grants")).removeAll();
    assertThat(ThreeSixtyGivingSchema.errors(empty)).isNotEmpty();
  }

  @Test
  void orgIdNeedsAValidBusinessId() {
    assertThat(OrgId.ofBusinessId("1234567-1")).isEqualTo("FI-PRO-1234567-1");
    assertThatThrownBy(() -> OrgId.ofBusinessId("1234567-2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FunderProperties("X", "1234567-2", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
