package fi.avustukset.grant.opendata.web;

import fi.avustukset.grant.opendata.domain.ThreeSixtyGivingSchema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.application.domain.ApplicationData;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.GrantApplicationRepository;
import fi.avustukset.grant.application.domain.ServiceDirectory;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallRepository;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.grant.payment.domain.PaymentService;
import fi.avustukset.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Open data and the budget view on PostgreSQL. Decided calls are seeded through the
 * repositories and services (the lifecycle itself is GrantLifecycleIT's), in the year 2090 so
 * that no other test's data falls into the budget year 2091.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataBudgetIT extends PostgresIntegrationTest {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final String TI = "OD-2090-TI";
  static final String KU = "OD-2090-KU";
  static final Instant DECIDED = LocalDate.of(2090, 6, 15).atTime(10, 0).atZone(HELSINKI).toInstant();

  @Autowired GrantCallRepository calls;
  @Autowired GrantApplicationRepository applications;
  @Autowired AgreementService agreements;
  @Autowired PaymentService payments;

  @BeforeAll
  void seed() {
    Instant now = Instant.now();
    calls.save(new GrantCall(TI, "Toiminta-avustukset 2090", GrantType.OPERATING_INNOVATION,
        new BigDecimal("100000"), LocalDate.of(2090, 1, 1), LocalDate.of(2090, 3, 31), "secretary", now));
    calls.save(new GrantCall(KU, "Kumppanuusavustukset 2090", GrantType.PARTNERSHIP,
        new BigDecimal("500000"), LocalDate.of(2090, 1, 1), LocalDate.of(2090, 3, 31), "secretary", now));
    // Operating call: one final grant, one final rejection, one grant still in its take-over period.
    application(TI + "-0001", TI, "9876543-0", "Liikkuva olohuone", "15000", 1, Decision.GRANTED, "12000", true);
    application(TI + "-0002", TI, "9876544-9", "Hylätty hanke", "8000", 1, Decision.REJECTED, null, true);
    application(TI + "-0003", TI, "9876545-7", "Kesken", "5000", 1, Decision.GRANTED, "5000", false);
    // Partnership call: a decision without an agreement, one with an agreement and instalments,
    // an undecided letter of intent and a rejection.
    application(KU + "-0001", KU, "9876543-0", "Vertaistukiverkosto", "60000", 2, Decision.GRANTED, "60000", true);
    application(KU + "-0002", KU, "9876546-5", "Järjestöjen yhteistalo", "90000", 3, Decision.GRANTED, "90000", true);
    GrantApplication loi = application(KU + "-0003", KU, "9876545-7", "Uusi kumppanuus", "50000", 4, null, null, false);
    loi.agreeLetterOfIntent(new BigDecimal("40000.00"));
    applications.save(loi);
    application(KU + "-0004", KU, "9876544-9", "Ei kumppanuutta", "30000", 2, Decision.REJECTED, null, true);

    String number = KU + "-0002";
    agreements.register(new AgreementService.AgreementInput(number, KU, "PARTNERSHIP",
        "Yhdistys 9876546-5 ry", "9876546-5", Organizations.groupId("9876546-5"),
        "Järjestöjen yhteistalo", new BigDecimal("90000"), 3, "2090-06-15"));
    agreements.draft(number, "2090-09-01", "Kumppanuusavustuksen ehdot", "Maija Meikäläinen",
        "FI21 1234 5600 0007 85", "secretary");
    payments.plan(number); // 30 000 € due on 2090-09-01, 2091-09-01 and 2092-09-01
  }

  GrantApplication application(String number, String callKey, String businessId, String project,
      String requested, int years, Decision decision, String granted, boolean isFinal) {
    ApplicationData data = new ApplicationData("Yhdistys " + businessId + " ry", businessId,
        "ASSOCIATION", project, "Alueen asukkaat", true, "Hyvinvointisuunnitelma", true,
        ServiceDirectory.LAHELLA, 5, false, true, null, new BigDecimal(requested), years);
    GrantApplication a = new GrantApplication(number, callKey, data, "applicant", DECIDED.minusSeconds(86400 * 90));
    if (decision != null) {
      a.decide(decision, granted == null ? null : new BigDecimal(granted), "Perustelut", "COMMITTEE", DECIDED);
      if (isFinal) {
        a.makeFinal();
      }
    }
    return applications.save(a);
  }

  @Test
  void threeSixtyGivingPackageHasOnlyFinalGrantsAndValidates() {
    ResponseEntity<JsonNode> ti = as("manager").getForEntity("/api/calls/" + TI + "/360giving.json", JsonNode.class);
    assertThat(ti.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ThreeSixtyGivingSchema.errors(ti.getBody())).isEmpty();
    assertThat(ids(ti.getBody())).containsExactly("360G-hyvinvointialue-" + TI + "-0001");
    JsonNode grant = ti.getBody().path("grants").get(0);
    assertThat(grant.path("amountAwarded").decimalValue()).isEqualByComparingTo("12000");
    assertThat(grant.path("awardDate").asText()).isEqualTo("2090-06-15");
    assertThat(grant.path("recipientOrganization").get(0).path("id").asText()).isEqualTo("FI-PRO-9876543-0");
    assertThat(grant.path("grantProgramme").get(0).path("code").asText()).isEqualTo(TI);

    // Any staff role may download it (secretary here); the agreement gives the planned dates.
    JsonNode ku = as("secretary").getForObject("/api/calls/" + KU + "/360giving.json", JsonNode.class);
    assertThat(ThreeSixtyGivingSchema.errors(ku)).isEmpty();
    assertThat(ids(ku)).containsExactly("360G-hyvinvointialue-" + KU + "-0001",
        "360G-hyvinvointialue-" + KU + "-0002");
    JsonNode withAgreement = ku.path("grants").get(1).path("plannedDates").get(0);
    assertThat(withAgreement.path("startDate").asText()).isEqualTo("2090-09-01");
    assertThat(withAgreement.path("endDate").asText()).isEqualTo("2093-08-31");
    assertThat(withAgreement.path("duration").asText()).isEqualTo("36");
    JsonNode fromDecision = ku.path("grants").get(0).path("plannedDates").get(0);
    assertThat(fromDecision.path("startDate").asText()).isEqualTo("2090-06-15");
    assertThat(fromDecision.path("duration").asText()).isEqualTo("24");
  }

  @Test
  void threeSixtyGivingRefusesApplicantsAndUnknownCalls() {
    assertThat(as("applicant1").getForEntity("/api/calls/" + TI + "/360giving.json", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("manager").getForEntity("/api/calls/NO-SUCH-CALL/360giving.json", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void budgetHasTheThreePartsAndTheirTotal() {
    ResponseEntity<JsonNode> set = as("manager").exchange("/api/budget/2091/pool", HttpMethod.PUT,
        new HttpEntity<>(Map.of("amount", 250000, "note", "Toiminta- ja innovaatioavustukset")), JsonNode.class);
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode budget = as("secretary").getForObject("/api/budget/2091", JsonNode.class);
    JsonNode a = budget.path("partnershipAgreed");
    assertThat(a.path("lines").findValuesAsText("applicationNumber"))
        .containsExactly(KU + "-0001", KU + "-0002");
    assertThat(a.path("lines").get(0).path("amount").decimalValue()).isEqualByComparingTo("30000"); // 60 000 / 2
    assertThat(a.path("lines").get(0).path("basis").asText()).isEqualTo("DECISION_SHARE");
    assertThat(a.path("lines").get(1).path("amount").decimalValue()).isEqualByComparingTo("30000"); // instalment 2
    assertThat(a.path("lines").get(1).path("basis").asText()).isEqualTo("AGREEMENT_INSTALMENT");
    JsonNode b = budget.path("letterOfIntent");
    assertThat(b.path("lines").findValuesAsText("applicationNumber")).containsExactly(KU + "-0003");
    assertThat(b.path("subtotal").decimalValue()).isEqualByComparingTo("10000"); // 40 000 / 4
    assertThat(budget.path("operatingInnovationPool").path("amount").decimalValue()).isEqualByComparingTo("250000");
    assertThat(budget.path("total").decimalValue()).isEqualByComparingTo("320000");

    // 2092: the two-year decision has ended; the agreement and the letter of intent go on.
    JsonNode later = as("manager").getForObject("/api/budget/2092", JsonNode.class);
    assertThat(later.path("partnershipAgreed").path("lines").findValuesAsText("applicationNumber"))
        .containsExactly(KU + "-0002");
    assertThat(later.path("operatingInnovationPool").path("set").asBoolean()).isFalse();

    String page = as("manager").getForObject("/api/budget/2091.html", String.class);
    assertThat(page).contains("ei testattu pilotissa").contains(KU + "-0003").contains("320 000,00");
  }

  @Test
  void budgetAccessAndPoolValidation() {
    assertThat(as("applicant1").getForEntity("/api/budget/2091", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant1").getForEntity("/api/budget/2091.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reviewer1").getForEntity("/api/budget/2091", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // Only managers set the pool.
    assertThat(as("secretary").exchange("/api/budget/2093/pool", HttpMethod.PUT,
        new HttpEntity<>(Map.of("amount", 1000)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> negative = as("manager").exchange("/api/budget/2093/pool", HttpMethod.PUT,
        new HttpEntity<>(Map.of("amount", -5)), JsonNode.class);
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negative.getBody().path("errors").findValuesAsText("field")).containsExactly("amount");
    assertThat(as("manager").getForObject("/api/budget/2093", JsonNode.class)
        .path("operatingInnovationPool").path("set").asBoolean()).isFalse(); // nothing written
  }

  static List<String> ids(JsonNode pkg) {
    List<String> ids = new ArrayList<>();
    pkg.path("grants").forEach(g -> ids.add(g.path("id").asText()));
    return ids;
  }
}
