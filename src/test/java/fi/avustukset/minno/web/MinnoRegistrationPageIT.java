package fi.avustukset.minno.web;

import static fi.avustukset.support.FormPosts.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.FormPosts;
import fi.avustukset.support.FormPosts.Result;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/**
 * An NGO registers to a MINNO round on the registration page (CONTRACT.md "MINNO rounds") and
 * reads its registration; bad input is refused at the field, another organisation refused.
 */
class MinnoRegistrationPageIT extends PostgresIntegrationTest {

  static final String ROUND = "MINNO-2033-1";

  /** Leaves no screening tasks behind for the other tests of the shared application. */
  @org.junit.jupiter.api.AfterEach
  void cleanUp() {
    for (JsonNode instance : as("admin").getForObject(
        "/engine-rest/process-instance?businessKeyLike=" + ROUND + "%", JsonNode.class)) {
      as("admin").delete("/engine-rest/process-instance/" + instance.path("id").asText());
    }
  }

  @Test
  void ngoRegistersOnThePageAndSeesItsRegistration() {
    FormPosts forms = forms();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    String round = startRound(today.minusDays(1), today.plusDays(30));
    submit(round, "Task_ConfirmCooperation", Map.of("cooperationDecision", "YES",
        "actualEffortDays", 1));
    submit(round, "Task_AnnounceRound", Map.of("actualEffortDays", 1));
    submit(round, "Task_PrepareRegistration", Map.of("actualEffortDays", 0.5));
    fi.avustukset.support.Await.until("registration opens", Duration.ofSeconds(60), () ->
        "REGISTRATION_OPEN".equals(as("coordinator").getForObject("/api/minno/" + ROUND
            + "/summary", JsonNode.class).path("status").asText()));

    assertThat(as("applicant1").getForObject("/api/minno/rounds.html", String.class))
        .contains(ROUND).contains("/api/minno/" + ROUND + "/registration.html").contains("Ilmoittaudu");
    String formPage = as("applicant1").getForObject("/api/minno/" + ROUND + "/registration.html",
        String.class);
    assertThat(formPage).contains("Savon Mielenterveysyhdistys ry").contains("name=\"challenges[0].title\"");

    // refused: bad e-mail, the second challenge without a description — at the fields, kept
    MultiValueMap<String, String> bad = form("contactEmail", "helmi(at)example.fi",
        "challenges[0].title", "Digiosallisuus", "challenges[0].description", MinnoApiIT.CHALLENGE_TEXT,
        "challenges[0].language", "FI", "challenges[0].studentField", "SOCIAL_HEALTH",
        "challenges[2].title", "Toinen haaste", "challenges[2].description", "",
        "challenges[2].language", "EN", "challenges[2].studentField", "BUSINESS");
    Result refused = forms.post("applicant1", "/api/minno/" + ROUND + "/registration.html", bad);
    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.body()).contains("id=\"virhe-contactEmail\"").contains("Virheellinen sähköpostiosoite.")
        .contains("id=\"virhe-challenges[2].description\"").contains("Kuvaus puuttuu.")
        .contains("Haaste 3, kuvaus: kuvaus puuttuu.").contains("value=\"Toinen haaste\"")
        .contains("value=\"helmi(at)example.fi\"");
    assertThat(registrations("coordinator")).isEmpty();

    // another organisation's name: refused
    MultiValueMap<String, String> good = form("contactEmail", "helmi@example.fi",
        "challenges[0].title", "Digiosallisuus", "challenges[0].description", MinnoApiIT.CHALLENGE_TEXT,
        "challenges[0].language", "FI", "challenges[0].studentField", "SOCIAL_HEALTH");
    MultiValueMap<String, String> other = new org.springframework.util.LinkedMultiValueMap<>(good);
    other.add("organizationName", "Kuopion Seudun Omaishoitajat ry");
    assertThat(forms.post("applicant1", "/api/minno/" + ROUND + "/registration.html", other).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.post("university", "/api/minno/" + ROUND + "/registration.html", good).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registrations("coordinator")).isEmpty();

    // the page carries the user's _csrf token; a forged post (none, wrong, another user's,
    // another site) registers nothing
    assertThat(formPage).contains("name=\"_csrf\" value=\"" + formGuard.tokenFor("applicant1")
        + "\"");
    forms.assertForgeriesRefused("applicant1", "/api/minno/" + ROUND + "/registration.html", good,
        null, null, () -> registrations("coordinator").size());

    Result saved = forms.post("applicant1", "/api/minno/" + ROUND + "/registration.html", good);
    assertThat(saved.redirected()).isTrue();
    assertThat(saved.location()).isEqualTo("/api/minno/" + ROUND + "/registrations/1.html?uusi=1");
    assertThat(saved.body()).contains("Ilmoittautuminen vastaanotettu.").contains(ROUND + "-01")
        .contains("Digiosallisuus").contains("sosiaali- ja terveysala");
    List<JsonNode> list = registrations("coordinator");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("businessId").asText()).isEqualTo("1234567-1");
    assertThat(list.get(0).path("contactEmail").asText()).isEqualTo("helmi@example.fi");

    // read-only views: own organisation yes, another organisation no
    assertThat(as("applicant1").getForObject("/api/minno/" + ROUND + "/registrations.html", String.class))
        .contains(ROUND + "-01");
    assertThat(as("applicant2").getForObject("/api/minno/" + ROUND + "/registrations.html", String.class))
        .doesNotContain(ROUND + "-01");
    assertThat(as("applicant2").getForEntity("/api/minno/" + ROUND + "/registrations/1.html",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant1").getForObject("/api/applications.html", String.class))
        .contains("/api/minno/" + ROUND + "/registrations/1.html");

    // the coordinator registers any NGO, its name required
    Result noName = forms.post("coordinator", "/api/minno/" + ROUND + "/registration.html", good);
    assertThat(noName.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noName.body()).contains("id=\"virhe-organizationName\"");
    assertThat(registrations("coordinator")).hasSize(1);

    String summary = as("coordinator").getForObject("/api/minno/" + ROUND + "/summary.html", String.class);
    assertThat(summary).contains("href=\"/css/app.css\"").contains("Ilmoittautuneita järjestöjä")
        .contains("Ilmoittautuminen auki");
  }

  private String startRound(LocalDate opens, LocalDate closes) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("roundName", Map.of("value", "Sivutesti " + ROUND, "type", "String"));
    variables.put("capacity", Map.of("value", 3, "type", "Integer"));
    variables.put("registrationOpens", Map.of("value", opens.toString(), "type", "String"));
    variables.put("registrationCloses", Map.of("value", closes.toString(), "type", "String"));
    ResponseEntity<JsonNode> started = as("coordinator").postForEntity(
        "/engine-rest/process-definition/key/minno-semester/start",
        Map.of("businessKey", ROUND, "variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody().path("id").asText();
  }

  private void submit(String processInstanceId, String taskKey, Map<String, Object> values) {
    String url = "/engine-rest/task?taskDefinitionKey=" + taskKey + "&processInstanceId="
        + processInstanceId;
    fi.avustukset.support.Await.until(taskKey, Duration.ofSeconds(60),
        () -> as("coordinator").getForObject(url, JsonNode.class).size() == 1);
    String taskId = as("coordinator").getForObject(url, JsonNode.class).get(0).path("id").asText();
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, MinnoApiIT.typed(value)));
    ResponseEntity<String> response = as("coordinator").postForEntity("/engine-rest/task/" + taskId
        + "/submit-form", Map.of("variables", variables), String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
  }

  private List<JsonNode> registrations(String user) {
    List<JsonNode> list = new ArrayList<>();
    as(user).getForObject("/api/minno/" + ROUND + "/registrations", JsonNode.class).forEach(list::add);
    return list;
  }
}
