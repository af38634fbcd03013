package fi.avustukset.grant.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13.3 and 13.4, done when: one application runs end to end on PostgreSQL through the real
 * REST API — submitted incomplete (E6), completed by the applicant, scored, its proposal adjusted
 * by the preparer outside the process, decided, not taken over, accepted, agreed, paid, reported
 * — and then its audit trail lists every step with users and times, the adjustment with its user
 * and old → new value; the applicant reads the decisions but no reviewers, scores or internal
 * notes; another organisation is refused; the call's cycle times have every phase.
 */
class AuditTrailIT extends PostgresIntegrationTest {

  static final Duration WAIT = Duration.ofMinutes(3);
  static final String INTERNAL_NOTE = "Sisäinen huomio: säännöt tarkistettava";

  @Test
  void theCaseRecordListsEveryStepAndTheCallHasCycleTimesForEveryPhase() {
    String callKey = CallFixture.openCall(this, "Tapahtumahistorian haku", "OPERATING_INNOVATION",
        90_000);
    var secretary = new EngineRestClient(as("secretary"));
    var applicant = new EngineRestClient(as("applicant1"));

    // Submitted without a service-directory listing (E6): the preparer asks for completion.
    Map<String, Object> body = CallFixture.application(1, "Tapahtumapolku", 30_000);
    body.put("serviceDirectory", "NONE");
    ResponseEntity<JsonNode> created = as("applicant1").postForEntity(
        "/api/calls/" + callKey + "/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    String mine = "processInstanceBusinessKey=" + number;
    JsonNode review = awaitTask(secretary, mine, "Task_ReviewEligibility");
    assertThat(as("secretary").postForEntity("/engine-rest/task/" + review.path("id").asText()
        + "/claim", Map.of("userId", "secretary"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    secretary.complete(review, "eligibilityDecision", "REQUEST_COMPLETION",
        "completionRequest", "Lisätkää palveluhakemiston tieto (E6).",
        "completionDue", LocalDate.now(Values.HELSINKI).plusDays(14).toString(),
        "eligibilityNote", INTERNAL_NOTE);
    applicant.complete(awaitTask(applicant, mine, "Task_CompleteApplication"),
        "serviceDirectory", "LAHELLA");

    // The period ends; two reviews; the preparer changes the proposal outside the process.
    runTimer(callKey, null);
    for (String reviewer : List.of("reviewer1", "reviewer2")) {
      var client = new EngineRestClient(as(reviewer));
      Await.until(reviewer + " scoring", WAIT, () -> !client.tasks(mine + "&assignee=" + reviewer).isEmpty());
      client.complete(client.tasks(mine + "&assignee=" + reviewer).get(0), "scoreStrategyFit", 5,
          "scoreTargetGroup", 4, "scoreRegionalReach", 4, "scoreComplementsServices", 5,
          "scoreFinancing", 4, "scoreEffectiveness", 4, "scoreCooperation", 4,
          "reviewComment", "Arvioijan oma huomio");
    }
    String callTasks = "processDefinitionKey=grant-call&processInstanceBusinessKey=" + callKey
        + "&taskDefinitionKey=Task_AdjustProposal";
    Await.until("proposal", WAIT, () -> !secretary.tasks(callTasks).isEmpty());
    ResponseEntity<JsonNode> adjusted = as("secretary").exchange("/api/calls/" + callKey
        + "/proposal/" + number, HttpMethod.PUT, new HttpEntity<>(Map.of("proposedAmount", 25000,
        "reason", "Henkilöstökulut ylimitoitettu")), JsonNode.class);
    assertThat(adjusted.getStatusCode()).as(String.valueOf(adjusted.getBody())).isEqualTo(HttpStatus.OK);
    secretary.complete(secretary.tasks(callTasks).get(0), "proposalConfirmed", true);

    // Committee, board, the applicant accepts; agreement, payment, report.
    var committee = new EngineRestClient(as("committee1"));
    committee.complete(awaitTask(committee, mine, "Task_CommitteeDecision"), "decision", "GRANTED",
        "grantedAmount", 24000.0, "decisionReasons", "Jaosto myöntää 24 000 euroa toimintaan.");
    var board = new EngineRestClient(as("board1"));
    board.complete(awaitTask(board, mine, "Task_ConsiderTakeover"), "takeOver", false);
    applicant.complete(awaitTask(applicant, mine, "Task_ConsiderRectification"),
        "rectificationRequested", false);
    LocalDate today = LocalDate.now(Values.HELSINKI);
    secretary.complete(awaitTask(secretary, mine, "Task_DraftAgreement"),
        "agreementStart", today.minusYears(1).toString(), "agreementTerms", "Hakemuksen mukaiseen toimintaan.",
        "contactPerson", "Helmi Hakija", "bankAccount", "FI21 1234 5600 0007 85");
    applicant.complete(awaitTask(applicant, mine, "Task_AcceptAgreement"),
        "agreementAcceptance", "ACCEPTED", "acceptorName", "Helmi Hakija, puheenjohtaja");
    var servicearea = new EngineRestClient(as("servicearea"));
    servicearea.complete(awaitTask(servicearea, mine, "Task_SignAgreement"),
        "agreementSignature", "SIGNED", "signerName", "Pekka Palvelualue");
    secretary.complete(awaitTask(secretary, mine, "Task_ApprovePayment"), "paymentApproval", "APPROVED");
    applicant.complete(awaitTask(applicant, mine, "Task_SubmitReport"),
        "usedAmount", 24000, "eventCount", 12, "participantCount", 140,
        "activitySummary", "Vertaisryhmiä neljässä kunnassa.");
    secretary.complete(awaitTask(secretary, mine, "Task_ReviewReport"),
        "reportReview", "ACCEPTED", "reviewComment", "Kattava raportti.");
    Await.until("report accepted", WAIT, () -> actions(staffTrail(number)).contains("Raportti hyväksytty"));

    // Staff: every step, with its user and time, in time order.
    List<JsonNode> staff = staffTrail(number);
    Instant previous = Instant.EPOCH;
    for (JsonNode line : staff) {
      Instant at = Instant.parse(line.path("at").asText());
      assertThat(at).as(line.toString()).isAfterOrEqualTo(previous);
      previous = at;
      assertThat(line.path("user").asText()).as(line.toString()).isNotBlank();
      if (!line.path("details").isNull()) {
        assertThat(line.path("details").asText()).as(line.toString()).doesNotContain("null");
      }
      assertThat(line.path("action").asText()).as(line.toString()).isNotBlank();
    }
    assertStep(staff, "Hakemus jätetty", "applicant1");
    assertStep(staff, "Tukikelpoisuus tarkistettu", "järjestelmä");
    assertStep(staff, "Tehtävä otettu työn alle", "secretary");
    assertStep(staff, "Kelpoisuuspuutteet arvioitu", "secretary");
    assertStep(staff, "Hakemusta täydennetty", "applicant1");
    assertStep(staff, "Hakemus pisteytetty", "reviewer1");
    assertStep(staff, "Hakemus pisteytetty", "reviewer2");
    assertStep(staff, "Jaosto päätti avustuksesta", "committee1");
    assertStep(staff, "Otto-oikeuden käyttöä harkittu", "board1");
    assertStep(staff, "Päätös hyväksytty tai oikaisua haettu", "applicant1");
    assertStep(staff, "Päätös lainvoimainen", "järjestelmä");
    assertStep(staff, "Sopimusluonnos laadittu", "secretary");
    assertStep(staff, "Sopimus hyväksytty", "applicant1");
    assertStep(staff, "Sopimus allekirjoitettu", "servicearea");
    assertStep(staff, "Maksatus hyväksytty", "secretary");
    assertStep(staff, "Maksuerä maksettu", "järjestelmä");
    assertStep(staff, "Raportti jätetty", "applicant1");
    assertStep(staff, "Raportti tarkastettu", "secretary");
    JsonNode adjustment = assertStep(staff, "Päätösesitystä muutettu", "secretary");
    assertThat(adjustment.path("details").asText())
        .contains("30\u00A0000,00\u00A0€ → 25\u00A0000,00\u00A0€").contains("Henkilöstökulut ylimitoitettu");
    assertThat(assertStep(staff, "Jaosto päätti avustuksesta", "committee1").path("details").asText())
        .as(staff.toString())
        .contains("Myönnetty summa: 25\u00A0000,00\u00A0€ → 24\u00A0000,00\u00A0€")
        .contains("Jaosto myöntää 24 000 euroa toimintaan.");
    assertThat(assertStep(staff, "Päätös kirjattu", "Asiakaskokemusjaosto").path("details").asText())
        .contains("myönnetty 24\u00A0000,00\u00A0€").contains("perustelut: Jaosto myöntää");
    assertThat(staff.toString()).contains(INTERNAL_NOTE).contains("Pisteet ");

    // The applicant organisation: its own steps and every decision, nothing internal.
    ResponseEntity<JsonNode> own = as("applicant1").getForEntity("/api/applications/" + number
        + "/audit", JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> ownActions = actions(list(own.getBody()));
    assertThat(ownActions).contains("Hakemus jätetty", "Tukikelpoisuus tarkistettu",
        "Hakemusta täydennetty", "Jaosto päätti avustuksesta", "Päätös kirjattu",
        "Päätös lainvoimainen", "Sopimus allekirjoitettu", "Maksuerä maksettu",
        "Raportti hyväksytty");
    assertThat(ownActions).doesNotContain("Hakemus pisteytetty", "Päätösesitystä muutettu",
        "Tehtävä otettu työn alle", "Arvioijat nimetty");
    String ownText = own.getBody().toString();
    assertThat(ownText).contains("Myönnetty summa").contains("Asiakaskokemusjaosto")
        .doesNotContain(INTERNAL_NOTE).doesNotContain("reviewer1").doesNotContain("reviewer2")
        .doesNotContain("Arvioijan oma huomio").doesNotContain("Pisteet ")
        .doesNotContain("committee1").doesNotContain("\"secretary\"");

    // Another organisation: refused; an unknown application: 404.
    assertThat(as("applicant2").getForEntity("/api/applications/" + number + "/audit", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant2").getForEntity("/api/applications/" + number + "/audit.csv", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("secretary").getForEntity("/api/applications/" + callKey + "-9999/audit", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // CSV for Finnish Excel and the page.
    ResponseEntity<byte[]> csv = as("secretary").getForEntity("/api/applications/" + number
        + "/audit.csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFAika;Käyttäjä;Toimenpide;Tiedot\r\n")
        .contains(";secretary;Päätösesitystä muutettu;");
    String page = as("applicant1").getForObject("/api/applications/" + number + "/audit.html", String.class);
    assertThat(page).contains("Tapahtumahistoria").contains("Jaosto päätti avustuksesta")
        .contains("<span class=\"id\">" + number + "</span>")
        .doesNotContain("Hakemus pisteytetty");
    assertThat(as("applicant1").getForObject("/api/applications.html", String.class))
        .contains("/api/applications/" + number + "/audit.html");

    // Cycle times of the call: every phase has this case.
    ResponseEntity<JsonNode> times = as("manager").getForEntity("/api/calls/" + callKey
        + "/cycle-times", JsonNode.class);
    assertThat(times.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> phases = new ArrayList<>();
    for (JsonNode phase : times.getBody().path("phases")) {
      phases.add(phase.path("phase").asText());
      assertThat(phase.path("count").asInt()).as(phase.toString()).isGreaterThanOrEqualTo(1);
      assertThat(phase.path("medianHours").isNumber()).as(phase.toString()).isTrue();
      assertThat(phase.path("p90Hours").asDouble()).as(phase.toString())
          .isGreaterThanOrEqualTo(phase.path("medianHours").asDouble());
    }
    assertThat(phases).containsExactly("SUBMISSION", "ELIGIBILITY", "COMPLETION", "REVIEW",
        "COMMITTEE", "TAKEOVER", "RECTIFICATION", "AGREEMENT", "FIRST_PAYMENT", "REPORT_ACCEPTED");
    JsonNode eligibility = times.getBody().path("phases").get(1);
    assertThat(eligibility.path("waitingMedianHours").isNumber()).isTrue();
    assertThat(as("applicant1").getForEntity("/api/calls/" + callKey + "/cycle-times", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    String chart = as("manager").getForObject("/api/calls/" + callKey + "/cycle-times.html", String.class);
    assertThat(chart).contains("<svg").contains("Avustuskelpoisuuden tarkistus")
        .contains("Ensimmäinen raportti hyväksytty");
    assertThat(as("manager").getForEntity("/api/cycle-times", JsonNode.class).getBody()
        .path("phases").size()).isEqualTo(10);
  }

  private List<JsonNode> staffTrail(String number) {
    ResponseEntity<JsonNode> r = as("secretary").getForEntity("/api/applications/" + number
        + "/audit", JsonNode.class);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    return list(r.getBody());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private static List<String> actions(List<JsonNode> lines) {
    return lines.stream().map(l -> l.path("action").asText()).toList();
  }

  private static JsonNode assertStep(List<JsonNode> lines, String action, String user) {
    return lines.stream()
        .filter(l -> action.equals(l.path("action").asText()) && user.equals(l.path("user").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + action + "' by " + user + " in " + lines));
  }

  private JsonNode awaitTask(EngineRestClient client, String mine, String key) {
    Await.until(key, WAIT, () -> !client.tasks(mine + "&taskDefinitionKey=" + key).isEmpty());
    return client.tasks(mine + "&taskDefinitionKey=" + key).get(0);
  }

  private void runTimer(String businessKey, String activityId) {
    JsonNode instances = as("admin").getForObject("/engine-rest/process-instance?businessKey="
        + businessKey, JsonNode.class);
    for (JsonNode instance : instances) {
      for (JsonNode timer : as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
          + instance.path("id").asText() + (activityId == null ? "" : "&activityId=" + activityId),
          JsonNode.class)) {
        assertThat(as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText()
            + "/execute", null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return;
      }
    }
    throw new AssertionError("no timer " + activityId + " of " + businessKey);
  }
}
