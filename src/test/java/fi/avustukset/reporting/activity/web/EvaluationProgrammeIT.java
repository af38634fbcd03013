package fi.avustukset.reporting.activity.web;

import fi.avustukset.reporting.activity.domain.ActivityEventCsvTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Taxonomy (DOMAIN.md §9), contacts/feedback/surveys and the programme comparison
 * (seed 001) through the real REST API on PostgreSQL, plus the HTML entry form.
 */
class EvaluationProgrammeIT extends PostgresIntegrationTest {

  @Test
  void taxonomyIsSeededWithFiveHeadingsAndTwentyTwoTermsAndOnlyManagersEditIt() {
    JsonNode taxonomy = as("secretary").getForObject("/api/taxonomy", JsonNode.class);
    assertThat(taxonomy).hasSize(5);
    assertThat(taxonomy.get(0).path("nameFi").asText()).isEqualTo("Tukea elämäntilanteeseen");
    assertThat(taxonomy.get(4).path("nameFi").asText())
        .isEqualTo("Sote- ja makupalveluiden yhdyspinnalla");
    JsonNode terms = as("reviewer1").getForObject("/api/taxonomy/terms", JsonNode.class);
    assertThat(terms.size()).isGreaterThanOrEqualTo(22);
    assertThat(as("manager").getForObject("/api/taxonomy/terms/PEER_SUPPORT", JsonNode.class)
        .path("partner").asText()).isEqualTo("BOTH");

    assertThat(as("applicant1").getForEntity("/api/taxonomy", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> term = new HashMap<>(Map.of("headingCode", "H2_ACTIVITIES",
        "nameFi", "Kulttuuritoiminta", "partner", "MUNICIPALITY"));
    assertThat(putTerm("secretary", "CULTURE_IT", term).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(putTerm("manager", "CULTURE_IT", term).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    term.put("partner", "BOTH");
    ResponseEntity<JsonNode> updated = putTerm("admin", "CULTURE_IT", term);
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody().path("partner").asText()).isEqualTo("BOTH");
    assertThat(updated.getBody().path("updatedBy").asText()).isEqualTo("admin");

    term.put("partner", "STATE");
    term.put("headingCode", "H9");
    ResponseEntity<JsonNode> bad = putTerm("manager", "CULTURE_IT", term);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").toString()).contains("partner").contains("headingCode");
  }

  @Test
  void classifiedEventsContactsFeedbackAndSurveysAppearInTheAnnualReport() {
    createProject("EVAL-IT", "PROG-IT");
    String csv = "date,type,goalLevels,organizerRole,officials,electedOfficials,"
        + "ngoRepresentatives,privateSector,title,term\n"
        + "2019-02-01,SEMINAR,REGION;ORGANIZATION,OWN,10,1,30,2,Seminaari,NETWORK_COOPERATION\n"
        + "2019-03-01,NGO_COACHING,ORGANIZATION,OWN,0,0,12,0,Coaching,PEER_SUPPORT\n"
        + "2019-04-01,OTHER,INDIVIDUAL,PARTICIPATION,0,0,4,0,Muu,\n";
    assertThat(ActivityReportIT.importCsv(as("secretary"), "EVAL-IT",
        csv.getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode events = as("secretary").getForObject(
        "/api/projects/EVAL-IT/activity-events?year=2019", JsonNode.class);
    long seminarId = events.get(0).path("id").asLong();

    assertThat(as("secretary").exchange("/api/projects/EVAL-IT/contacts/2019-01-01/2019-12-31",
        HttpMethod.PUT, new HttpEntity<>(Map.of("phoneCalls", 330, "textMessages", 15,
            "networkEmails", 21361, "personalEmails", 4875, "targetSectorShare",
            Map.of("publicSector", 53.5, "ngo", 43.7, "privateSector", 2.8))), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(putFeedback(seminarId, "REGION", Map.of("3", 2, "4", 2)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(putFeedback(seminarId, "ORGANIZATION", Map.of("5", 1)).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> wrongLevel = putFeedback(seminarId, "MUNICIPALITY", Map.of("5", 1));
    assertThat(wrongLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongLevel.getBody().path("errors").toString()).contains("goalLevel");

    Map<String, Object> survey = Map.of("name", "Väliarviointi, järjestöt", "audience",
        "TARGET_GROUP", "phase", "MID_TERM", "conductedOn", "2019-05-20", "invited", 300,
        "respondents", 70, "statements", List.of(
            Map.of("text", "113-hanke on vastannut odotuksiani", "mean", 3.73, "responses", 70),
            Map.of("text", "Hankkeesta on ollut hyötyä", "mean", 3.73)));
    assertThat(as("secretary").exchange("/api/projects/EVAL-IT/surveys/MID-2019", HttpMethod.PUT,
        new HttpEntity<>(survey), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode report = as("manager").getForObject(
        "/api/projects/EVAL-IT/reports/annual?year=2019", JsonNode.class);
    assertThat(report.path("eventsByHeading").path("H3_INFORMATION_NETWORKS").asInt()).isEqualTo(1);
    assertThat(report.path("eventsByHeading").path("H1_LIFE_SUPPORT").asInt()).isEqualTo(1);
    assertThat(report.path("eventsByPartner").path("BOTH").asInt()).isEqualTo(2);
    assertThat(report.path("unclassifiedEventCount").asInt()).isEqualTo(1);
    assertThat(report.path("contacts").path("phoneCalls").asInt()).isEqualTo(330);
    assertThat(report.path("contacts").path("targetSectorShare").path("publicSector").decimalValue())
        .isEqualByComparingTo("53.5");
    assertThat(report.path("feedbackByGoalLevel").path("REGION").path("mean").decimalValue())
        .isEqualByComparingTo("3.50");
    assertThat(report.path("feedbackByGoalLevel").path("REGION").path("responses").asInt())
        .isEqualTo(4);
    assertThat(report.path("surveys").get(0).path("statements").get(0).path("mean").decimalValue())
        .isEqualByComparingTo("3.73");

    String page = as("manager").getForObject(
        "/api/projects/EVAL-IT/reports/annual.html?year=2019", String.class);
    assertThat(page).contains("Palaute tavoitetasoittain").contains("Yhteydenotot")
        .contains("Tiedotusta ja verkostoja").contains("113-hanke on vastannut odotuksiani");
  }

  @Test
  void programmeComparisonShowsEachProjectsFiguresAndReportStatus() {
    createProject("PROG-A-IT", "PROG-CMP-IT");
    createProject("PROG-B-IT", "PROG-CMP-IT");
    createProject("OTHER-PROG-IT", "SOMETHING-ELSE-IT");
    ActivityReportIT.importCsv(as("secretary"), "PROG-A-IT", (ActivityEventCsvTest.HEADER
        + "2018-05-01,SEMINAR,REGION,OWN,10,0,20,0,A1\n"
        + "2018-06-01,WORKING_GROUP,MUNICIPALITY,COOPERATION,5,5,0,0,A2\n")
        .getBytes(StandardCharsets.UTF_8));

    JsonNode c = as("coordinator").getForObject(
        "/api/programmes/PROG-CMP-IT/comparison?year=2018", JsonNode.class);
    assertThat(c.path("projectCount").asInt()).isEqualTo(2);
    assertThat(c.path("projects").get(0).path("projectCode").asText()).isEqualTo("PROG-A-IT");
    assertThat(c.path("projects").get(0).path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(c.path("projects").get(0).path("eventCount").asInt()).isEqualTo(2);
    assertThat(c.path("projects").get(0).path("participantTotal").asInt()).isEqualTo(40);
    assertThat(c.path("projects").get(1).path("status").asText()).isEqualTo("LATE");
    assertThat(c.path("totals").path("eventCount").asInt()).isEqualTo(2);
    assertThat(c.path("statusCounts").path("LATE").asInt()).isEqualTo(1);

    JsonNode future = as("manager").getForObject(
        "/api/programmes/PROG-CMP-IT/comparison?year=2099", JsonNode.class);
    assertThat(future.path("projects").get(1).path("status").asText()).isEqualTo("NOT_DUE");

    ResponseEntity<String> page = as("manager").getForEntity(
        "/api/programmes/PROG-CMP-IT/comparison.html?year=2018", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<svg").contains("data-status=\"SUBMITTED\"")
        .contains("data-status=\"LATE\"").contains("PROG-A-IT/reports/annual.html?year=2018")
        .contains("PROG-A-IT/reports/final.html\">Loppuraportti</a>");

    assertThat(as("applicant1").getForEntity("/api/programmes/PROG-CMP-IT/comparison?year=2018",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("manager").getForEntity("/api/programmes/NO-SUCH-IT/comparison?year=2018",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("manager").getForObject("/api/programmes", JsonNode.class).toString())
        .contains("PROG-CMP-IT");
  }

  @Test
  void theEntryFormStoresAnEventAndRefusesBadInputAndOtherSites() {
    createProject("FORM-IT", null);
    ResponseEntity<String> form = as("secretary").getForEntity(
        "/api/projects/FORM-IT/activity/form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("name=\"goalLevels\"").contains("Vertaistuki");

    MultiValueMap<String, String> event = new LinkedMultiValueMap<>();
    event.add("date", "2021-09-01");
    event.add("type", "SEMINAR");
    event.add("goalLevels", "REGION");
    event.add("goalLevels", "MUNICIPALITY");
    event.add("organizerRole", "OWN");
    event.add("officials", "7");
    event.add("ngoRepresentatives", "20");
    event.add("title", "Hyte-foorumi <Turku>");
    event.add("term", "NETWORK_COOPERATION");
    ResponseEntity<String> saved = postForm("/api/projects/FORM-IT/activity/form/event", event, null);
    // 303 to the form, which the test client follows: the form says what was saved
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).contains("Tallennettu (tapahtuma)");

    JsonNode stored = as("secretary").getForObject(
        "/api/projects/FORM-IT/activity-events?year=2021", JsonNode.class);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).path("goalLevels").toString()).contains("REGION").contains("MUNICIPALITY");
    assertThat(stored.get(0).path("source").asText()).isEqualTo("FORM");
    assertThat(stored.get(0).path("participantTotal").isMissingNode()).isTrue();

    ResponseEntity<String> again = postForm("/api/projects/FORM-IT/activity/form/event", event, null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("on jo kirjattu").contains("Hyte-foorumi &lt;Turku&gt;");

    event.set("officials", "-2");
    event.set("date", "1.9.2021");
    ResponseEntity<String> bad = postForm("/api/projects/FORM-IT/activity/form/event", event, null);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("negatiivinen").contains("VVVV-KK-PP");

    MultiValueMap<String, String> year = new LinkedMultiValueMap<>();
    year.add("year", "2021");
    year.add("reportedParticipantTotal", "30");
    assertThat(postForm("/api/projects/FORM-IT/activity/form/year", year, "http://evil.example")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(postForm("/api/projects/FORM-IT/activity/form/year", year, null).getBody())
        .contains("Tallennettu (vuoden ilmoitetut luvut)");
    JsonNode report = as("secretary").getForObject(
        "/api/projects/FORM-IT/reports/annual?year=2021", JsonNode.class);
    assertThat(report.path("reportedParticipantTotal").asInt()).isEqualTo(30);
    assertThat(report.path("participantTotal").asInt()).isEqualTo(27);
    assertThat(report.path("discrepancies").get(0).path("difference").asInt()).isEqualTo(3);
  }

  private ResponseEntity<String> postForm(String url, MultiValueMap<String, String> form,
      String origin) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    // the page's form carries the user's _csrf token; a browser names the page's site in
    // Origin, another site's Origin is refused even with the token (FormGuard)
    headers.setOrigin(origin != null ? origin : "http://localhost:" + port);
    MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(form);
    withToken.set(fi.avustukset.platform.web.FormGuard.PARAMETER, formGuard.tokenFor("secretary"));
    return as("secretary").exchange(url, HttpMethod.POST, new HttpEntity<>(withToken, headers),
        String.class);
  }

  private ResponseEntity<JsonNode> putTerm(String user, String code, Map<String, Object> body) {
    return as(user).exchange("/api/taxonomy/terms/" + code, HttpMethod.PUT,
        new HttpEntity<>(body), JsonNode.class);
  }

  private ResponseEntity<JsonNode> putFeedback(long eventId, String level,
      Map<String, Integer> ratings) {
    return as("secretary").exchange("/api/projects/EVAL-IT/activity-events/" + eventId
        + "/feedback/" + level, HttpMethod.PUT, new HttpEntity<>(Map.of("ratings", ratings)),
        JsonNode.class);
  }

  private void createProject(String code, String programme) {
    Map<String, Object> body = new HashMap<>(Map.of("name", "Projekti " + code,
        "organizationName", "Yhdistys ry"));
    if (programme != null) {
      fi.avustukset.support.Programmes.register(as("secretary"), programme);
      body.put("programmeCode", programme);
    }
    ResponseEntity<String> put = as("secretary").exchange("/api/projects/" + code, HttpMethod.PUT,
        new HttpEntity<>(body), String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).as(put.getBody()).isTrue();
  }
}
