package fi.avustukset.grant.change.web;

import fi.avustukset.support.AgreementFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Change applications (muutoshakemus) end to end on PostgreSQL through the real REST APIs: a
 * one-year cooperation agreement is drafted, accepted and signed through engine-rest; the
 * organisation asks to extend it (409 before signing and while one is open, 403 for another
 * organisation, 400 in Finnish for bad input); the preparer and the committee complete their
 * tasks through engine-rest; the agreement's end date, the final report's period and due date
 * and the waiting report timer move. A refused reallocation afterwards leaves everything as
 * it was.
 */
class ChangeApplicationIT extends PostgresIntegrationTest {

  static final String APPLICATION = "2026-TI-9-0013";
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void extensionMovesTheAgreementAndItsReportRefusedChangeLeavesIt() {
    LocalDate today = LocalDate.now(Values.HELSINKI);
    LocalDate start = today.minusMonths(2);
    LocalDate end = start.plusYears(1).minusDays(1);
    LocalDate newEnd = end.plusMonths(6);
    TestRestTemplate secretary = as("secretary");
    TestRestTemplate applicant1 = as("applicant1");
    TestRestTemplate applicant2 = as("applicant2");
    TestRestTemplate committee = as("committee1");

    startAgreement(secretary, start);
    // Not signed yet: 409.
    ResponseEntity<JsonNode> early = fileChange(applicant1, extension(newEnd));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().toString()).contains("allekirjoitettu");
    signAgreement(secretary, applicant1, as("servicearea"), start);
    assertThat(agreement(applicant1).path("endDate").asText()).isEqualTo(end.toString());
    JsonNode reportBefore = agreement(applicant1).path("reports").path(0);
    assertThat(reportBefore.path("periodEnd").asText()).isEqualTo(end.toString());

    // Another organisation may not ask for a change: 403.
    assertThat(fileChange(applicant2, extension(newEnd)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // Bad input: 400 with a Finnish sentence naming the field; nothing is recorded.
    Map<String, Object> noReason = extension(newEnd);
    noReason.remove("reason");
    assertRefused(fileChange(applicant1, noReason), "reason", "Perustelu");
    assertRefused(fileChange(applicant1, extension(end.minusDays(1))), "newEndDate",
        "nykyisen päättymispäivän");
    assertRefused(fileChange(applicant1, extension(start.plusYears(2))), "newEndDate",
        "enintään 2 vuotta");
    assertRefused(fileChange(applicant1, Map.of("kind", "MOVE_MONEY", "reason", "x")), "kind",
        "sallitut arvot");
    assertThat(applicant1.getForObject("/api/applications/" + APPLICATION + "/changes",
        JsonNode.class)).isEmpty();

    // Applicants cannot start grant-change through engine-rest (no grant on the definition).
    ResponseEntity<String> direct = applicant1.postForEntity(
        "/engine-rest/process-definition/key/grant-change/start", Map.of("businessKey",
            APPLICATION + "-M9", "variables", Map.of("changeNumber", variable(APPLICATION + "-M9",
                "String"), "grantedAmount", variable(1e6, "Double"))), String.class);
    assertThat(direct.getStatusCode().value()).isIn(400, 403);

    // The extension is filed: 201 with the change number; a second one waits its turn (409).
    ResponseEntity<JsonNode> filed = fileChange(applicant1, extension(newEnd));
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String change = filed.getBody().path("changeNumber").asText();
    assertThat(change).isEqualTo(APPLICATION + "-M1");
    assertThat(fileChange(applicant1, extension(newEnd)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // The preparer assesses, the committee accepts, in Tasklist's way (engine-rest).
    assertThat(tasks(applicant1, change)).isEmpty();
    completeTask(secretary, change, "Task_AssessChange", "secretary", Map.of(
        "recommendation", variable("ACCEPT", "String"),
        "assessment", variable("Viivästys on perusteltu; kesto pysyy kahdessa vuodessa.", "String")));
    JsonNode decide = awaitTask(committee, change, "Task_DecideChange");
    assertThat(formId(committee, decide)).isEqualTo("grant-change-decide");
    completeTask(committee, change, "Task_DecideChange", "committee1", Map.of(
        "changeDecision", variable("ACCEPTED", "String"),
        "decisionReason", variable("Hankkeen aloitus viivästyi tilojen vuoksi.", "String")));

    JsonNode moved = await(() -> agreement(applicant1),
        a -> newEnd.toString().equals(a.path("endDate").asText()));
    assertThat(moved.path("status").asText()).isEqualTo("SIGNED");
    JsonNode report = moved.path("reports").path(0);
    assertThat(report.path("finalReport").asBoolean()).isTrue();
    assertThat(report.path("periodEnd").asText()).isEqualTo(newEnd.toString());
    assertThat(report.path("dueDate").asText()).isEqualTo(newEnd.plusMonths(2).toString());
    // The report's timer waits for the new end.
    TestRestTemplate admin = as("admin");
    JsonNode reportInstance = admin.getForObject("/engine-rest/process-instance"
        + "?processDefinitionKey=grant-report&businessKey=" + APPLICATION, JsonNode.class).path(0);
    JsonNode timer = admin.getForObject("/engine-rest/job?activityId=Event_AgreementYearEnds"
        + "&processInstanceId=" + reportInstance.path("id").asText(), JsonNode.class).path(0);
    assertThat(java.time.OffsetDateTime.parse(timer.path("dueDate").asText()
        .replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant())
        .isEqualTo(newEnd.plusDays(1).atStartOfDay(Values.HELSINKI).toInstant());
    JsonNode changes = applicant1.getForObject("/api/applications/" + APPLICATION + "/changes",
        JsonNode.class);
    assertThat(changes.path(0).path("status").asText()).isEqualTo("ACCEPTED");
    assertThat(changes.path(0).path("approvedEndDate").asText()).isEqualTo(newEnd.toString());

    // A refused reallocation leaves the agreement as it was.
    ResponseEntity<JsonNode> second = fileChange(applicant1, Map.of("kind", "BUDGET_REALLOCATION",
        "reason", "Matkakuluja vähemmän kuin arvioitiin",
        "budgetLines", List.of(Map.of("name", "Henkilöstökulut", "amount", 20000),
            Map.of("name", "Toimintakulut", "amount", 5000))));
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String refused = second.getBody().path("changeNumber").asText();
    assertThat(refused).isEqualTo(APPLICATION + "-M2");
    completeTask(secretary, refused, "Task_AssessChange", "secretary", Map.of(
        "recommendation", variable("REFUSE", "String"),
        "assessment", variable("Ei perustetta.", "String")));
    awaitTask(committee, refused, "Task_DecideChange");
    completeTask(committee, refused, "Task_DecideChange", "committee1", Map.of(
        "changeDecision", variable("REFUSED", "String"),
        "decisionReason", variable("Siirrolle ei esitetty perusteita.", "String")));
    JsonNode afterRefusal = await(() -> applicant1.getForObject("/api/applications/" + APPLICATION
        + "/changes", JsonNode.class), c -> "REFUSED".equals(c.path(1).path("status").asText()));
    assertThat(afterRefusal.path(1).path("decisionReason").asText()).contains("perusteita");
    JsonNode unchanged = agreement(applicant1);
    assertThat(unchanged.path("endDate").asText()).isEqualTo(newEnd.toString());
    assertThat(unchanged.path("budgetLines")).isEmpty();
    assertThat(unchanged.path("reports").path(0).path("dueDate").asText())
        .isEqualTo(newEnd.plusMonths(2).toString());

    // The organisation's browser form: the page and a post with a missing reason (re-rendered).
    ResponseEntity<String> page = applicant1.getForEntity("/api/applications/" + APPLICATION
        + "/changes/new", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Muutoshakemus").contains("Jätä muutoshakemus");
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    fields.add("kind", "CONTENT_CHANGE");
    fields.add("contentDescription", "Ryhmät verkkoon");
    fields.add("reason", "Kävijät toivovat etäryhmiä");
    assertThat(page.getBody()).contains("name=\"_csrf\" value=\"" + formGuard.tokenFor("applicant1")
        + "\"");
    // a forged post (no token, a wrong or another user's token, another site) files nothing
    forms().assertForgeriesRefused("applicant1", "/api/applications/" + APPLICATION
        + "/changes/new", fields, null, null, () -> applicant1.getForObject("/api/applications/"
        + APPLICATION + "/changes", JsonNode.class).size());
    fields.remove("reason");
    fields.add(fi.avustukset.platform.web.FormGuard.PARAMETER, formGuard.tokenFor("applicant1"));
    ResponseEntity<String> posted = applicant1.postForEntity("/api/applications/" + APPLICATION
        + "/changes/new", new HttpEntity<>(fields, form), String.class);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(posted.getBody()).contains("Muutoshakemusta ei jätetty").contains("Perustelu");
    fields.add("reason", "Kävijät toivovat etäryhmiä");
    posted = applicant1.postForEntity("/api/applications/" + APPLICATION + "/changes/new",
        new HttpEntity<>(fields, form), String.class);
    assertThat(posted.getBody()).contains("Muutoshakemus vastaanotettu").contains(APPLICATION + "-M3");
  }

  // ---- helpers

  Map<String, Object> extension(LocalDate newEnd) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", "PERIOD_EXTENSION");
    body.put("reason", "Toimitilojen remontti viivästytti ryhmien aloitusta");
    body.put("newEndDate", newEnd.toString());
    return body;
  }

  ResponseEntity<JsonNode> fileChange(TestRestTemplate user, Map<String, Object> body) {
    return user.postForEntity("/api/applications/" + APPLICATION + "/changes", body, JsonNode.class);
  }

  static void assertRefused(ResponseEntity<JsonNode> response, String field, String text) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().toString()).contains(field).contains(text);
  }

  void startAgreement(TestRestTemplate secretary, LocalDate start) {
    AgreementFixture.start(secretary, APPLICATION, "Vertaistuki verkossa", start);
  }

  void signAgreement(TestRestTemplate secretary, TestRestTemplate applicant,
      TestRestTemplate serviceArea, LocalDate start) {
    completeTask(secretary, APPLICATION, "Task_DraftAgreement", "secretary", Map.of(
        "agreementStart", variable(start.toString(), "String"),
        "agreementTerms", variable("Avustus käytetään hakemuksen mukaiseen toimintaan.", "String"),
        "contactPerson", variable("Helmi Hakija", "String"),
        "bankAccount", variable("FI21 1234 5600 0007 85", "String")));
    completeTask(applicant, APPLICATION, "Task_AcceptAgreement", "applicant1", Map.of(
        "agreementAcceptance", variable("ACCEPTED", "String"),
        "acceptorName", variable("Helmi Hakija, puheenjohtaja", "String")));
    completeTask(serviceArea, APPLICATION, "Task_SignAgreement", "servicearea", Map.of(
        "agreementSignature", variable("SIGNED", "String"),
        "signerName", variable("Pekka Palvelualue, palvelualuejohtaja", "String")));
    await(() -> agreement(secretary), a -> "SIGNED".equals(a.path("status").asText())
        && a.path("reports").size() == 1);
    // The final report's instance is waiting for the end of the agreement year.
    await(() -> as("admin").getForObject("/engine-rest/job?activityId=Event_AgreementYearEnds",
        JsonNode.class), jobs -> jobs.size() > 0);
  }

  JsonNode agreement(TestRestTemplate user) {
    ResponseEntity<JsonNode> response = user.getForEntity("/api/agreements/" + APPLICATION, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  JsonNode tasks(TestRestTemplate user, String businessKey) {
    return user.getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, JsonNode.class);
  }

  JsonNode awaitTask(TestRestTemplate user, String businessKey, String definitionKey) {
    return await(() -> {
      for (JsonNode task : tasks(user, businessKey)) {
        if (definitionKey.equals(task.path("taskDefinitionKey").asText())) {
          return task;
        }
      }
      return null;
    }, t -> t != null);
  }

  String formId(TestRestTemplate user, JsonNode task) {
    return user.getForObject("/engine-rest/task/" + task.path("id").asText() + "/deployed-form",
        JsonNode.class).path("id").asText();
  }

  void completeTask(TestRestTemplate user, String businessKey, String definitionKey,
      String userId, Map<String, Object> variables) {
    JsonNode task = awaitTask(user, businessKey, definitionKey);
    assertThat(user.postForEntity("/engine-rest/task/" + task.path("id").asText() + "/claim",
        Map.of("userId", userId), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> done = user.postForEntity("/engine-rest/task/" + task.path("id").asText()
        + "/submit-form", Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

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
    return AgreementFixture.variable(value, type);
  }
}
