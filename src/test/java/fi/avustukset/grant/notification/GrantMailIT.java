package fi.avustukset.grant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 12: the applicant's messages of an application reach its contact address, once. */
class GrantMailIT extends PostgresIntegrationTest {

  static final TestMailServer MAIL = TestMailServer.get();

  @Test
  void receiptAndCompletionRequestAreDeliveredOnceToTheContactAddress() {
    String callKey = CallFixture.openCall(this, "Viestien testihaku", "OPERATING_INNOVATION", 100_000);
    Map<String, Object> body = CallFixture.application(2, "Omaishoitajien vertaistuki", 20_000);
    body.put("serviceDirectory", "NONE"); // E6 fails: the preparer asks for a completion
    ResponseEntity<JsonNode> created = as("applicant2").postForEntity(
        "/api/calls/" + callKey + "/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    String address = CallFixture.contactEmail(2);

    MimeMessage receipt = awaitOne(address, "Hakemus " + number + " on vastaanotettu");
    assertThat(TestMailServer.body(receipt)).contains(number).contains("Omaishoitajien vertaistuki")
        .contains("/api/applications/" + number);

    var secretary = new EngineRestClient(as("secretary"));
    String mine = "processInstanceBusinessKey=" + number;
    Await.until("eligibility review of " + number, Duration.ofMinutes(3),
        () -> !secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility").isEmpty());
    String due = LocalDate.now().plusDays(10).toString();
    secretary.complete(secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility").get(0),
        "eligibilityDecision", "REQUEST_COMPLETION",
        "completionRequest", "Lisätkää julkaisu palvelutarjottimelle (E6).", "completionDue", due);
    MimeMessage request = awaitOne(address, "Hakemusta " + number + " pyydetään täydentämään");
    assertThat(TestMailServer.body(request)).contains("Lisätkää julkaisu palvelutarjottimelle (E6).")
        .contains(LocalDate.parse(due).getDayOfMonth() + "." + LocalDate.parse(due).getMonthValue() + ".");

    // The outbox page shows both, SENT, to staff only.
    String page = as("secretary").getForObject("/api/mail/outbox.html?businessKey=" + number, String.class);
    assertThat(page).contains("Hakemus " + number + " on vastaanotettu").contains("Lähetetty");
    assertThat(as("applicant2").getForEntity("/api/mail/outbox.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode rows = as("secretary").getForObject("/api/mail/outbox?businessKey=" + number, JsonNode.class);
    assertThat(rows.findValuesAsText("template")).containsExactlyInAnyOrder(
        "application-received", "completion-request");
    assertThat(rows.findValuesAsText("status")).containsOnly("SENT");

    // A few delivery rounds later there is still exactly one of each.
    sleep(3000);
    assertThat(MAIL.to(address, number)).hasSize(2);
  }

  @Test
  void theOrganisationChangesItsContactAddress() {
    String callKey = CallFixture.openCall(this, "Osoitteenmuutoksen haku", "OPERATING_INNOVATION", 50_000);
    String number = as("applicant1").postForEntity("/api/calls/" + callKey + "/applications",
        CallFixture.application(1, "Osoitehanke", 5_000), JsonNode.class).getBody()
        .path("applicationNumber").asText();
    String url = "/api/applications/" + number + "/contact-email";
    assertThat(as("applicant1").getForObject(url, JsonNode.class).path("contactEmail").asText())
        .isEqualTo(CallFixture.contactEmail(1));

    ResponseEntity<JsonNode> bad = as("applicant1").exchange(url, HttpMethod.PUT,
        new HttpEntity<>(Map.of("contactEmail", "ei osoite")), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("contactEmail");
    assertThat(as("applicant2").exchange(url, HttpMethod.PUT,
        new HttpEntity<>(Map.of("contactEmail", "x@toinen.example")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reviewer1").exchange(url, HttpMethod.PUT,
        new HttpEntity<>(Map.of("contactEmail", "x@toinen.example")), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> changed = as("applicant1").exchange(url, HttpMethod.PUT,
        new HttpEntity<>(Map.of("contactEmail", "uusi.osoite@savonmieli.example")), JsonNode.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("secretary").getForObject(url, JsonNode.class).path("contactEmail").asText())
        .isEqualTo("uusi.osoite@savonmieli.example");
  }

  private MimeMessage awaitOne(String address, String subject) {
    Await.until("mail '" + subject + "' to " + address, Duration.ofMinutes(2),
        () -> !MAIL.to(address, subject).isEmpty());
    List<MimeMessage> found = MAIL.to(address, subject);
    assertThat(found).as("exactly one '" + subject + "'").hasSize(1);
    return found.get(0);
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
