package fi.avustukset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README's grant walkthrough in a real browser (headless Chromium, Finnish), as the demo users
 * do it in Tasklist: the secretary starts and drafts a call, the manager approves it, …
 * Every step asserts what the person sees and leaves a screenshot under
 * {@code target/screenshots/grant-walkthrough/}.
 *
 * <p>engine-rest is used only to find the task a person would pick from the list (by its id)
 * and to fast-forward timers, as README's admin step does.
 */
class GrantWalkthroughBrowserIT extends PostgresIntegrationTest {

  @RegisterExtension
  static Browser browser = new Browser("grant-walkthrough");

  Tasklist tasklist;

  @BeforeEach
  void tasklist() {
    tasklist = new Tasklist(browser, port);
  }

  @Test
  void secretaryDraftsManagerApproves() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    String callName = "Selainhaku " + System.nanoTime() % 100_000;

    // 1. The secretary starts "Avustushaku" from the start dialog and fills its form.
    tasklist.login("secretary");
    browser.screenshot("secretary-tasklist");
    tasklist.startProcess(UiText.PROCESS_CALL);
    assertThat(tasklist.formText()).contains("Uusi avustushaku", "Haun nimi", "Määräraha (€)");
    tasklist.type("callName", callName);
    tasklist.select("grantType", "Toiminta- tai innovaatioavustus");
    tasklist.type("appropriation", 300000);
    tasklist.date("applicationStart", today);
    tasklist.date("applicationDeadline", today.plusDays(30));
    browser.screenshot("call-start-form");
    tasklist.submitStart();
    tasklist.waitForStartDialogClosed();

    var secretary = new EngineRestClient(as("secretary"));
    String query = "processDefinitionKey=grant-call&processVariables=callName_eq_" + callName;
    Await.until("draft task", Duration.ofSeconds(60), () -> secretary.tasks(query).size() == 1);
    JsonNode draft = secretary.tasks(query).get(0);
    String instanceId = draft.path("processInstanceId").asText();

    // 2. The draft task: claim, write the call text, keep the default weights, complete.
    tasklist.openTask(draft.path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Laadi hakuilmoitus ja arviointikriteerit");
    tasklist.claim();
    assertThat(tasklist.formText()).contains(callName, "Arviointikriteerien painot");
    tasklist.type("callDescription", "Haetaan toiminta- ja innovaatioavustuksia vuodelle 2027.");
    browser.screenshot("call-draft-form");
    tasklist.complete();
    tasklist.waitForTaskClosed();
    var manager = new EngineRestClient(as("manager"));
    Await.until("approval task", Duration.ofSeconds(60),
        () -> manager.tasks("processInstanceId=" + instanceId).size() == 1);
    browser.screenshot("call-draft-completed");

    // 3. The manager approves the call.
    JsonNode approval = manager.tasks("processInstanceId=" + instanceId).get(0);
    tasklist.login("manager");
    tasklist.openTask(approval.path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Hyväksy hakuilmoitus");
    tasklist.claim();
    assertThat(tasklist.formText()).contains(callName, "300");
    tasklist.radio("callApproval", "Hyväksytään julkaistavaksi");
    browser.screenshot("call-approve-form");
    tasklist.complete();
    tasklist.waitForTaskClosed();

    String callKey = as("secretary").getForObject(
        "/engine-rest/process-instance/" + instanceId, JsonNode.class).path("businessKey").asText();
    assertThat(callKey).matches("\\d{4}-TI-\\d+");
    Await.until("call open", Duration.ofSeconds(90), () -> "OPEN".equals(
        as("secretary").getForObject("/api/calls/" + callKey, JsonNode.class).path("status").asText()));
    browser.screenshot("call-approved");

  }

  @Test
  void applicantAppliesThroughTheStartForm() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    String callName = "Hakulomakehaku " + System.nanoTime() % 100_000;
    // The call is opened as in the other walkthrough, here through engine-rest (CallFixture).
    String callKey = fi.avustukset.support.CallFixture.openCall(this, callName,
        "OPERATING_INNOVATION", 200_000);

    // 4. applicant1 applies through the start form: the call is a choice, the organisation is
    //    prefilled; a mistyped Y-tunnus and a duration too long for the grant type are shown
    //    at their fields in Finnish before anything is sent.
    tasklist.login("applicant1");
    tasklist.startProcess(UiText.PROCESS_APPLICATION);
    String callOption = callName + " (" + callKey + "), hakuaika päättyy "
        + UiText.finnishDate(today.plusDays(30));
    assertThat(tasklist.options("callKey")).contains(callOption);
    assertThat(tasklist.value("organizationName")).isEqualTo("Savon Mielenterveysyhdistys ry");
    assertThat(tasklist.value("businessId")).isEqualTo("1234567-1");
    assertThat(tasklist.labels()).contains("Haku*", "Organisaation nimi*", "Y-tunnus*")
        .noneMatch(label -> label.matches(".*\\bE\\d.*")); // rule ids only in descriptions
    browser.screenshot("application-start-form-prefilled");
    tasklist.select("callKey", callOption);
    tasklist.type("contactEmail", "hakija@savonmieli.fi");
    tasklist.select("organizationType", "Rekisteröity yhdistys");
    tasklist.type("projectName", "Vertaistukiryhmät omaishoitajille");
    tasklist.type("targetGroup", "Alueen omaishoitajat");
    tasklist.checkbox("openToWholeTargetGroup", true);
    tasklist.type("strategyGoals", "Osallisuus ja mielen hyvinvointi");
    tasklist.checkbox("complementsServices", true);
    tasklist.select("serviceDirectory", "Hyvinvointitarjotin.fi");
    tasklist.type("municipalityCount", 6);
    tasklist.checkbox("hasOtherFunding", true);
    tasklist.type("requestedAmount", 25000);

    tasklist.type("businessId", "1234567");
    tasklist.type("durationYears", 3);
    tasklist.blur("durationYears");
    assertThat(tasklist.errorAt("businessId")).isEqualTo(UiText.BUSINESS_ID_FORMAT);
    assertThat(tasklist.errorAt("durationYears")).isEqualTo(UiText.max(2));
    browser.screenshot("application-mistakes-at-fields");

    tasklist.type("businessId", "1234567-1");
    tasklist.type("durationYears", 2);
    tasklist.blur("durationYears");
    browser.waiting().until(d -> tasklist.noErrorAt("businessId") && tasklist.noErrorAt("durationYears"));
    tasklist.submitStart();
    tasklist.waitForStartDialogClosed();
    browser.screenshot("application-sent");

    var applicant = new EngineRestClient(as("applicant1"));
    Await.until("application registered", Duration.ofSeconds(90), () -> as("secretary")
        .getForObject("/api/calls/" + callKey, JsonNode.class).path("applied").asInt() == 1);
    assertThat(applicant).isNotNull();
  }
}
