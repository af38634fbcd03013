package fi.avustukset.grant.overview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/applications and the page "Omat hakemukset" on PostgreSQL through the real REST
 * API: each organisation sees only its own applications, and the status follows the process
 * (the preparer's assessment is its own status; completion is requested only while the
 * applicant has the task).
 */
class MyApplicationsIT extends PostgresIntegrationTest {

  static final DateTimeFormatter FI_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private String callKey;

  @Test
  void applicantsSeeOnlyTheirOwnOrganisationsApplicationsWithTheTruthfulStatus() {
    callKey = CallFixture.openCall(this, "Omat hakemukset -testi", "OPERATING_INNOVATION",
        300_000);
    String own = submit(1, "Vertaistuki", 20_000, Map.of());
    String other = submit(2, "Omaishoitajien tuki", 15_000, Map.of());
    // No service directory: the automatic check fails E6.
    String lacking = submit(1, "Kahvila", 12_000, Map.of("serviceDirectory", "NONE"));

    // Organisation isolation, in both directions; staff see all; non-grant staff none.
    assertThat(numbers("applicant1")).contains(own, lacking).doesNotContain(other);
    assertThat(numbers("applicant2")).contains(other).doesNotContain(own, lacking);
    assertThat(numbers("secretary")).contains(own, other, lacking);
    assertThat(numbers("university")).doesNotContain(own, other, lacking);
    JsonNode line = line("applicant1", own);
    assertThat(line.path("callKey").asText()).isEqualTo(callKey);
    assertThat(line.path("projectName").asText()).isEqualTo("Vertaistuki");
    assertThat(line.path("organizationName").asText()).isEqualTo("Savon Mielenterveysyhdistys ry");

    // The failed automatic check waits for the preparer: not a completion request yet.
    Await.until("eligibility review of " + lacking, Duration.ofMinutes(3),
        () -> "ELIGIBILITY_REVIEW".equals(line("applicant1", lacking).path("status").asText()));
    JsonNode review = line("applicant1", lacking);
    assertThat(review.path("statusText").asText()).isEqualTo("Valmistelija tarkistaa avustuskelpoisuutta");
    assertThat(review.path("nextStep").isMissingNode() || review.path("nextStep").isNull()).isTrue();
    Await.until("automatic check of " + own, Duration.ofMinutes(3),
        () -> "IN_REVIEW".equals(line("applicant1", own).path("status").asText()));
    assertThat(line("applicant1", own).path("statusText").asText()).isEqualTo("Arvioinnissa");

    // The preparer asks for completion: now the applicant has a task, with its deadline.
    var secretary = new EngineRestClient(as("secretary"));
    LocalDate due = LocalDate.now(ZoneId.of("Europe/Helsinki")).plusDays(10);
    JsonNode reviewTask = secretary.tasks("processInstanceBusinessKey=" + lacking
        + "&taskDefinitionKey=Task_ReviewEligibility").get(0);
    secretary.complete(reviewTask, "eligibilityDecision", "REQUEST_COMPLETION",
        "completionRequest", "Kertokaa, millä palvelutarjottimella toiminta on julkaistu.",
        "completionDue", due.toString());
    var applicant1 = new EngineRestClient(as("applicant1"));
    Await.until("completion task", Duration.ofMinutes(3), () -> !applicant1.tasks(
        "processInstanceBusinessKey=" + lacking + "&taskDefinitionKey=Task_CompleteApplication").isEmpty());
    JsonNode completionTask = applicant1.tasks("processInstanceBusinessKey=" + lacking
        + "&taskDefinitionKey=Task_CompleteApplication").get(0);
    JsonNode requested = line("applicant1", lacking);
    assertThat(requested.path("status").asText()).isEqualTo("COMPLETION_REQUESTED");
    assertThat(requested.path("statusText").asText())
        .isEqualTo("Täydennystä pyydetty " + due.format(FI_DATE) + " mennessä");
    assertThat(requested.path("nextStep").asText())
        .isEqualTo("Täydennä hakemus " + due.format(FI_DATE) + " mennessä");
    assertThat(requested.path("dueDate").asText()).isEqualTo(due.toString());
    assertThat(requested.path("taskId").asText()).isEqualTo(completionTask.path("id").asText());

    // The page: receipt of the newest own submission, a link to the open task, no foreign data.
    String page = as("applicant1").getForObject("/api/applications.html", String.class);
    assertThat(page).contains("Hakemus vastaanotettu").contains(lacking).contains(own)
        .contains("/camunda/app/tasklist/default/#/?task=" + completionTask.path("id").asText())
        .doesNotContain(other).doesNotContain("COMPLETION_REQUESTED").doesNotContain("IN_REVIEW");
    assertThat(page.indexOf(lacking)).isLessThan(page.indexOf(own)); // newest first
    assertThat(as("applicant2").getForObject("/api/applications.html", String.class))
        .contains(other).doesNotContain(own).doesNotContain(lacking);

    // The applicant completes: the request is over, the check runs again and passes.
    applicant1.complete(completionTask, "serviceDirectory", "HYVINVOINTITARJOTIN");
    Await.until("completed application checked", Duration.ofMinutes(3),
        () -> "IN_REVIEW".equals(line("applicant1", lacking).path("status").asText()));
    assertThat(line("applicant1", lacking).path("nextStep").isMissingNode()
        || line("applicant1", lacking).path("nextStep").isNull()).isTrue();

    // The call page tells staff whose task each application is (here: nobody's until the
    // deadline), and the figures.
    String callPage = as("secretary").getForObject("/api/calls/" + callKey + ".html", String.class);
    assertThat(callPage).contains(own).contains(other).contains(lacking).contains("Arvioinnissa")
        .contains("47\u00A0000,00\u00A0€").doesNotContain("IN_REVIEW");
    assertThat(as("applicant1").getForEntity("/api/calls/" + callKey + ".html", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private String submit(int org, String project, int amount, Map<String, Object> changes) {
    Map<String, Object> body = CallFixture.application(org, project, amount);
    body.putAll(changes);
    ResponseEntity<JsonNode> created = as("applicant" + org).postForEntity(
        "/api/calls/" + callKey + "/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("applicationNumber").asText();
  }

  private List<String> numbers(String user) {
    ResponseEntity<JsonNode> list = as(user).getForEntity("/api/applications", JsonNode.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> numbers = new ArrayList<>();
    list.getBody().forEach(n -> numbers.add(n.path("applicationNumber").asText()));
    return numbers;
  }

  private JsonNode line(String user, String number) {
    for (JsonNode n : as(user).getForObject("/api/applications", JsonNode.class)) {
      if (number.equals(n.path("applicationNumber").asText())) {
        return n;
      }
    }
    throw new AssertionError(number + " not in the list of " + user);
  }
}
