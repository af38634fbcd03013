package fi.avustukset.grant.call.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import fi.avustukset.platform.web.FormGuard;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The esityslista as the committee reads it and the preparer's adjustment through the page's
 * own form, on PostgreSQL through the real REST API: the reason is mandatory, a post from
 * another site is refused, a valid change shows on the list.
 */
class ProposalPageIT extends PostgresIntegrationTest {

  @Autowired
  AuditLog audit;

  @Test
  void preparerAdjustsOneProposalInThePageWithAMandatoryReason() {
    String callKey = CallFixture.openCall(this, "Esityslistan testihaku", "OPERATING_INNOVATION",
        100_000);
    String first = submit(callKey, 1, "Vertaistuki", 40_000);
    String second = submit(callKey, 2, "Digituki", 30_000);
    String mine = "processInstanceBusinessKeyLike=" + callKey + "-%";
    runDeadlineTimer(callKey);
    var reviewer1 = new EngineRestClient(as("reviewer1"));
    var reviewer2 = new EngineRestClient(as("reviewer2"));
    Await.until("scoring tasks", Duration.ofMinutes(5),
        () -> reviewer1.tasks(mine + "&assignee=reviewer1").size() == 2
            && reviewer2.tasks(mine + "&assignee=reviewer2").size() == 2);
    for (EngineRestClient reviewer : List.of(reviewer1, reviewer2)) {
      for (JsonNode task : reviewer.tasks(mine + "&taskDefinitionKey=Task_ScoreApplication")) {
        reviewer.complete(task, "scoreStrategyFit", 4, "scoreTargetGroup", 4,
            "scoreRegionalReach", 3, "scoreComplementsServices", 4, "scoreFinancing", 3,
            "scoreEffectiveness", 3, "scoreCooperation", 4, "reviewComment", "Hyvä");
      }
    }
    var secretary = new EngineRestClient(as("secretary"));
    String adjustQuery = "processDefinitionKey=grant-call&processInstanceBusinessKey=" + callKey
        + "&taskDefinitionKey=Task_AdjustProposal";
    Await.until("proposal list task", Duration.ofMinutes(5),
        () -> !secretary.tasks(adjustQuery).isEmpty());

    // The committee's document: Finnish statuses and fi-FI money, no codes or Java lists.
    String page = as("committee1").getForObject("/api/calls/" + callKey + "/proposal.html", String.class);
    assertThat(page).contains(first).contains(second).contains("Valmis päätösesitykseen")
        .contains("Myönnetään").contains("40\u00A0000,00").contains("100\u00A0000,00\u00A0€")
        .contains("class=\"sheet\"").contains("href=\"#h-" + first + "\"")
        .doesNotContain("READY_FOR_DECISION").doesNotContain(">GRANTED<").doesNotContain("CLOSED")
        .doesNotContain("[E");
    assertThat(page).doesNotContain("<form"); // the committee reads, the preparer adjusts
    assertThat(as("secretary").getForObject("/api/calls/" + callKey + "/proposal.html", String.class))
        .contains("<form").contains("Muuta esitystä");

    // No reason: refused naming the field, nothing changed, the typed amount kept.
    ResponseEntity<String> noReason = post(callKey, first, "25 000,00", "  ", sameOrigin());
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("perustelu").contains("pakollinen")
        .contains("value=\"25 000,00\"");
    assertThat(proposed(callKey, first)).isEqualByComparingTo("40000");

    // From another site (Origin or Referer), or without the form's CSRF token: refused.
    HttpHeaders foreign = new HttpHeaders();
    foreign.set(HttpHeaders.ORIGIN, "https://evil.example");
    assertThat(post(callKey, first, "1000", "Kokeilu", foreign).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    HttpHeaders foreignReferer = new HttpHeaders();
    foreignReferer.set(HttpHeaders.REFERER, "https://evil.example/page.html");
    assertThat(post(callKey, first, "1000", "Kokeilu", foreignReferer).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    token = "";
    assertThat(post(callKey, first, "1000", "Kokeilu", new HttpHeaders()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    token = "forged-token";
    assertThat(post(callKey, first, "1000", "Kokeilu", sameOrigin()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    token = null;
    assertThat(proposed(callKey, first)).isEqualByComparingTo("40000");

    // A valid change, typed the Finnish way: saved with its reason and shown on the list.
    ResponseEntity<String> changed = post(callKey, first, "25 000,00", "Kustannusarvio ylimitoitettu",
        sameOrigin());
    String after;
    if (changed.getStatusCode() == HttpStatus.SEE_OTHER) {
      URI location = changed.getHeaders().getLocation();
      assertThat(location.getPath()).isEqualTo("/api/calls/" + callKey + "/proposal.html");
      after = as("secretary").getForObject(location.getPath() + "?" + location.getQuery(), String.class);
    } else {
      assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
      after = changed.getBody();
    }
    assertThat(after).contains("esitystä muutettiin").contains("Kustannusarvio ylimitoitettu")
        .contains("25\u00A0000,00");
    assertThat(proposed(callKey, first)).isEqualByComparingTo("25000");
    // … and recorded in the case's audit trail with the acting user and old → new (issue 13.3)
    assertThat(audit.events(first)).anySatisfy(e -> {
      assertThat(e.user()).isEqualTo("secretary");
      assertThat(e.action()).isEqualTo("Päätösesitystä muutettu");
      assertThat(e.details()).contains("40\u00A0000,00\u00A0€ → 25\u00A0000,00\u00A0€")
          .contains("Kustannusarvio ylimitoitettu");
    });

    // Only the preparer may post the form.
    assertThat(post(callKey, first, "1000", "Jaosto", sameOrigin(), "committee1").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }


  /** The CSRF token a post sends: null = the user's own, "" = none, else this one. */
  private String token;

  private HttpHeaders sameOrigin() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
    return headers;
  }

  private ResponseEntity<String> post(String callKey, String number, String amount, String reason,
      HttpHeaders headers) {
    return post(callKey, number, amount, reason, headers, "secretary");
  }

  private ResponseEntity<String> post(String callKey, String number, String amount, String reason,
      HttpHeaders headers, String user) {
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("applicationNumber", number);
    form.add("proposedAmount", amount);
    form.add("reason", reason);
    if (token == null) {
      form.add(FormGuard.PARAMETER, formGuard.tokenFor(user));
    } else if (!token.isEmpty()) {
      form.add(FormGuard.PARAMETER, token);
    }
    return as(user).postForEntity("/api/calls/" + callKey + "/proposal.html",
        new HttpEntity<>(form, headers), String.class);
  }

  private BigDecimal proposed(String callKey, String number) {
    JsonNode list = as("secretary").getForObject("/api/calls/" + callKey + "/proposal", JsonNode.class);
    for (JsonNode l : list.path("lines")) {
      if (number.equals(l.path("applicationNumber").asText())) {
        return new BigDecimal(l.path("proposedAmount").asText());
      }
    }
    throw new AssertionError(number + " not on the list");
  }

  private String submit(String callKey, int org, String project, int amount) {
    ResponseEntity<JsonNode> created = as("applicant" + org).postForEntity(
        "/api/calls/" + callKey + "/applications", CallFixture.application(org, project, amount),
        JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("applicationNumber").asText();
  }

  private void runDeadlineTimer(String callKey) {
    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + callKey,
        JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    assertThat(as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute",
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
