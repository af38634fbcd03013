package fi.avustukset.grant.agreement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * grant-agreement end to end on PostgreSQL through engine-rest, the way Tasklist drives it: the
 * secretary starts it with the caller's variables, drafts; applicant1 (org12345671) accepts;
 * the service area signs; the secretary approves the payment, which the integration pays;
 * applicant1 is reminded of the due report in Tasklist and submits it; the secretary accepts
 * it and the one-year agreement closes. applicant2 never sees applicant1's work.
 *
 * <p>The agreement started 14 months minus 10 days ago, so year 1 has ended, its payment is
 * due and its report is due in about 9 days: inside the 14-day reminder window (E10).
 */
class AgreementWorkflowIT extends PostgresIntegrationTest {

  static final String APPLICATION = "2025-TI-7-0042";
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void agreementRunsThroughPaymentToTheFirstAcceptedReport() {
    LocalDate today = LocalDate.now(Values.HELSINKI);
    LocalDate start = today.minusYears(1).minusMonths(2).plusDays(10);
    TestRestTemplate secretary = as("secretary");
    TestRestTemplate applicant1 = as("applicant1");
    TestRestTemplate applicant2 = as("applicant2");
    TestRestTemplate servicearea = as("servicearea");

    // The lead's grant-application calls this; here the secretary starts it with the same variables.
    Map<String, Object> vars = new HashMap<>();
    vars.put("applicationNumber", variable(APPLICATION, "String"));
    vars.put("callKey", variable("2025-TI-7", "String"));
    vars.put("grantType", variable("OPERATING_INNOVATION", "String"));
    vars.put("organizationName", variable("Savon Mielenterveysyhdistys ry", "String"));
    vars.put("businessId", variable("1234567-1", "String"));
    vars.put("applicantGroup", variable("org12345671", "String"));
    vars.put("projectName", variable("Mielen hyvinvointi Savossa", "String"));
    vars.put("grantedAmount", variable(25000.0, "Double"));
    vars.put("durationYears", variable(1, "Integer"));
    vars.put("decisionDate", variable(start.toString(), "String"));
    ResponseEntity<JsonNode> started = secretary.postForEntity(
        "/engine-rest/process-definition/key/grant-agreement/start",
        Map.of("businessKey", APPLICATION, "variables", vars), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().path("businessKey").asText()).isEqualTo(APPLICATION);

    // 1. The preparer drafts the agreement; an invalid IBAN is refused and the task stays open.
    JsonNode draft = awaitTask(secretary, "Task_DraftAgreement");
    assertThat(deployedFormId(secretary, draft)).isEqualTo("agreement-draft");
    claim(secretary, draft, "secretary");
    Map<String, Object> draftVars = new HashMap<>();
    draftVars.put("agreementStart", variable(start.toString(), "String"));
    draftVars.put("agreementTerms", variable("Avustus käytetään hakemuksen mukaiseen toimintaan.", "String"));
    draftVars.put("contactPerson", variable("Helmi Hakija", "String"));
    draftVars.put("bankAccount", variable("FI21 1234 5600 0007 86", "String"));
    ResponseEntity<String> refused = submit(secretary, draft, draftVars);
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("bankAccount");
    draftVars.put("bankAccount", variable("FI21 1234 5600 0007 85", "String"));
    assertThat(submit(secretary, draft, draftVars).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // 2. The applicant organisation accepts; another organisation sees nothing of it.
    JsonNode accept = awaitTask(applicant1, "Task_AcceptAgreement");
    assertThat(deployedFormId(applicant1, accept)).isEqualTo("agreement-accept");
    assertThat(tasksOf(applicant2)).isEmpty();
    assertThat(applicant2.getForEntity("/engine-rest/task/" + accept.path("id").asText(), String.class)
        .getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(applicant2.getForEntity("/api/agreements/" + APPLICATION, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    claim(applicant1, accept, "applicant1");
    assertThat(submit(applicant1, accept, Map.of(
        "agreementAcceptance", variable("ACCEPTED", "String"),
        "acceptorName", variable("Helmi Hakija, puheenjohtaja", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 3. The service area signs; the funded project is created under the application number.
    JsonNode sign = awaitTask(servicearea, "Task_SignAgreement");
    claim(servicearea, sign, "servicearea");
    assertThat(submit(servicearea, sign, Map.of(
        "agreementSignature", variable("SIGNED", "String"),
        "signerName", variable("Pekka Palvelualue, palvelualuejohtaja", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 4. The preparer approves the one-sum payment; the integration pays it.
    JsonNode approve = awaitTask(secretary, "Task_ApprovePayment");
    assertThat(deployedFormId(secretary, approve)).isEqualTo("payment-approve");
    claim(secretary, approve, "secretary");
    assertThat(submit(secretary, approve, Map.of("paymentApproval", variable("APPROVED", "String")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode paid = await(() -> agreement(secretary),
        a -> "PAID".equals(a.path("payments").path(0).path("status").asText()));
    assertThat(paid.path("status").asText()).isEqualTo("SIGNED");
    assertThat(paid.path("signedDate").asText()).isEqualTo(today.toString());
    assertThat(paid.path("payments")).hasSize(1);
    assertThat(paid.path("payments").path(0).path("amount").decimalValue()).isEqualByComparingTo("25000.00");
    assertThat(paid.path("paidTotal").decimalValue()).isEqualByComparingTo("25000.00");
    assertThat(applicant1.getForEntity("/api/projects/" + APPLICATION, JsonNode.class).getBody()
        .path("name").asText()).isEqualTo("Mielen hyvinvointi Savossa");

    // 5. The report task is the organisation's, due in about 9 days, and the applicant sees the
    //    reminder (14 days before the due date) in Tasklist: raised priority and a note.
    JsonNode report = await(() -> findTask(applicant1, "Task_SubmitReport"),
        t -> t != null && t.path("priority").asInt() == 70);
    assertThat(report.path("description").asText()).startsWith("Muistutus");
    assertThat(report.path("due").asText()).isNotEmpty();
    assertThat(deployedFormId(applicant1, report)).isEqualTo("report-submit");
    assertThat(tasksOf(applicant2)).isEmpty();
    JsonNode due = agreement(applicant1).path("reports").path(0);
    assertThat(due.path("status").asText()).isEqualTo("DUE");
    assertThat(due.path("finalReport").asBoolean()).isTrue();
    assertThat(due.path("reminderCount").asInt()).isEqualTo(1);
    assertThat(LocalDate.parse(due.path("dueDate").asText())).isBetween(today.plusDays(6), today.plusDays(12));
    claim(applicant1, report, "applicant1");
    assertThat(submit(applicant1, report, Map.of(
        "usedAmount", variable(25000, "Long"),
        "eventCount", variable(42, "Long"),
        "participantCount", variable(610, "Long"),
        "activitySummary", variable("Vertaisryhmiä kuudessa kunnassa.", "String"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 6. The preparer accepts the report; the one-year agreement is then complete.
    JsonNode review = awaitTask(secretary, "Task_ReviewReport");
    assertThat(deployedFormId(secretary, review)).isEqualTo("report-review");
    JsonNode shown = secretary.getForObject("/engine-rest/task/" + review.path("id").asText()
        + "/form-variables", JsonNode.class);
    assertThat(shown.path("paidTotal").path("value").asDouble()).isEqualTo(25000.0);
    assertThat(shown.path("suggestedReclaimAmount").path("value").asDouble()).isZero();
    assertThat(shown.path("eventCount").path("value").asLong()).isEqualTo(42);
    claim(secretary, review, "secretary");
    assertThat(submit(secretary, review, Map.of("reportReview", variable("ACCEPTED", "String")))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode closed = await(() -> agreement(applicant1),
        a -> "CLOSED".equals(a.path("status").asText()));
    JsonNode accepted = closed.path("reports").path(0);
    assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("submittedDate").asText()).isEqualTo(today.toString());
    assertThat(accepted.path("acceptedDate").asText()).isEqualTo(today.toString());
    assertThat(accepted.path("eventCount").asInt()).isEqualTo(42);
    assertThat(as("manager").getForEntity("/api/agreements", JsonNode.class).getBody().toString())
        .contains(APPLICATION);
    assertThat(applicant2.getForEntity("/api/agreements", JsonNode.class).getBody().toString())
        .doesNotContain(APPLICATION);

    // 7. The programme view takes the report status from these records: the calendar year
    //    mostly covered by agreement year 1 shows the accepted report.
    fi.avustukset.support.Programmes.register(secretary, "SOPIMUS-IT");
    assertThat(secretary.exchange("/api/projects/" + APPLICATION, HttpMethod.PUT, new HttpEntity<>(Map.of(
        "name", "Mielen hyvinvointi Savossa", "organizationName", "Savon Mielenterveysyhdistys ry",
        "businessId", "1234567-1", "programmeCode", "SOPIMUS-IT")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    int year = start.isAfter(LocalDate.of(start.getYear(), 7, 2)) ? start.getYear() + 1 : start.getYear();
    JsonNode comparison = as("coordinator").getForObject(
        "/api/programmes/SOPIMUS-IT/comparison?year=" + year, JsonNode.class);
    assertThat(comparison.path("projects").path(0).path("projectCode").asText()).isEqualTo(APPLICATION);
    assertThat(comparison.path("projects").path(0).path("status").asText()).isEqualTo("ACCEPTED");
  }

  // ---- Tasklist-style REST helpers

  JsonNode agreement(TestRestTemplate user) {
    ResponseEntity<JsonNode> response = user.getForEntity("/api/agreements/" + APPLICATION, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  JsonNode tasksOf(TestRestTemplate user) {
    return user.getForObject("/engine-rest/task?processInstanceBusinessKey=" + APPLICATION, JsonNode.class);
  }

  JsonNode findTask(TestRestTemplate user, String definitionKey) {
    for (JsonNode task : tasksOf(user)) {
      if (definitionKey.equals(task.path("taskDefinitionKey").asText())) {
        return task;
      }
    }
    return null;
  }

  JsonNode awaitTask(TestRestTemplate user, String definitionKey) {
    return await(() -> findTask(user, definitionKey), t -> t != null);
  }

  String deployedFormId(TestRestTemplate user, JsonNode task) {
    return user.getForObject("/engine-rest/task/" + task.path("id").asText() + "/deployed-form",
        JsonNode.class).path("id").asText();
  }

  void claim(TestRestTemplate user, JsonNode task, String userId) {
    assertThat(user.postForEntity("/engine-rest/task/" + task.path("id").asText() + "/claim",
        Map.of("userId", userId), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  ResponseEntity<String> submit(TestRestTemplate user, JsonNode task, Map<String, Object> variables) {
    return user.postForEntity("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
        Map.of("variables", variables), String.class);
  }

  /** Polls until the async work (job executor) has produced what the predicate wants. */
  static <T> T await(Supplier<T> probe, Predicate<T> done) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    T value = probe.get();
    while (!done.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + TIMEOUT + "; last value: " + value);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }

  static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
