package fi.avustukset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpStatus;

/**
 * README's grant walkthrough in a real browser (headless Chromium, Finnish), as the demo users
 * do it in Tasklist and on the project's pages: the secretary starts and drafts a call, the
 * manager approves it; an applicant applies through the start form, sees the receipt and the
 * status in Finnish; the reviewers score, the preparer adjusts the esityslista, the committee
 * decides. Every step asserts what the person sees and leaves a screenshot under
 * {@code target/browser-screenshots/grant-walkthrough/}.
 *
 * <p>engine-rest is used only to find the task a person would pick from the list (by its id),
 * to check what was stored, and to fast-forward the application period, as README's admin step
 * does.
 */
class GrantWalkthroughBrowserIT extends PostgresIntegrationTest {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Duration PROCESS_STEP = Duration.ofMinutes(3);

  @RegisterExtension
  static Browser browser = new Browser("grant-walkthrough");

  Tasklist tasklist;

  @BeforeEach
  void tasklist() {
    tasklist = new Tasklist(browser, port);
  }

  @Test
  void secretaryDraftsManagerApproves() {
    LocalDate today = LocalDate.now(HELSINKI);
    // 3 February: typed 3.2.yyyy it is February; read as month/day it would be 2 March.
    LocalDate deadline = LocalDate.of(today.getYear() + 1, 2, 3);
    String callName = "Selainhaku " + System.nanoTime() % 100_000;

    // 1. The secretary starts "Avustushaku" from the start dialog and fills its form; the
    //    dates are typed as Finns write them, as the placeholder asks.
    tasklist.login("secretary");
    browser.screenshot("secretary-tasklist");
    tasklist.startProcess(UiText.PROCESS_CALL);
    assertThat(tasklist.formText()).contains("Uusi avustushaku", "Haun nimi", "Määräraha (€)");
    assertThat(tasklist.datePlaceholder("applicationStart")).isEqualTo(UiText.DATE_PLACEHOLDER);
    assertThat(tasklist.datePlaceholder("applicationDeadline")).isEqualTo(UiText.DATE_PLACEHOLDER);
    tasklist.type("callName", callName);
    tasklist.select("grantType", "Toiminta- tai innovaatioavustus");
    tasklist.type("appropriation", 300000);
    tasklist.date("applicationStart", today);
    tasklist.date("applicationDeadline", deadline);
    assertThat(tasklist.dateText("applicationDeadline")).isEqualTo(UiText.finnishDate(deadline));
    browser.screenshot("call-start-form");
    tasklist.submitStart();
    tasklist.waitForStartDialogClosed();

    var secretary = new EngineRestClient(as("secretary"));
    String query = "processDefinitionKey=grant-call&processVariables=callName_eq_" + callName;
    Await.until("draft task", PROCESS_STEP, () -> secretary.tasks(query).size() == 1);
    JsonNode draft = secretary.tasks(query).get(0);
    String instanceId = draft.path("processInstanceId").asText();
    // What was typed is what was stored: day.month.year, not month/day/year.
    assertThat(variable(instanceId, "applicationStart")).isEqualTo(today.toString());
    assertThat(variable(instanceId, "applicationDeadline")).isEqualTo(deadline.toString());

    // 2. The draft task: claim, write the call text; weights summing to 105 are refused with
    //    a Finnish sentence (no engine codes), then corrected and the task completes.
    tasklist.openTask(draft.path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Laadi hakuilmoitus ja arviointikriteerit");
    tasklist.claim();
    assertThat(tasklist.formText()).contains(callName, "Arviointikriteerien painot");
    assertThat(tasklist.formText()).contains(UiText.period(today, deadline));
    tasklist.type("callDescription", "Haetaan toiminta- ja innovaatioavustuksia vuodelle 2027.");
    tasklist.type("weightCooperation", 15);
    browser.waiting().until(d -> tasklist.formText().contains("Painojen summa: 105 / 100"));
    tasklist.complete();
    String refused = tasklist.notification("100");
    browser.screenshot("call-draft-weights-refused");
    assertThat(refused).startsWith(UiText.COMPLETE_ERROR).contains("Painojen summan on oltava 100 (nyt 105).")
        .doesNotContain("ENGINE-", "Exception", "weights:", " : ");
    // the message is shown at the top: it leaves the form's buttons free (it covered Valmis)
    assertThat(tasklist.completeButtonUncovered()).as("Valmis not covered by the message").isTrue();
    tasklist.dismissNotifications(); // the person closes the message
    tasklist.type("weightCooperation", 10);
    browser.waiting().until(d -> tasklist.formText().contains("Painojen summa: 100 / 100"));
    browser.screenshot("call-draft-form");
    tasklist.complete();
    tasklist.waitForTaskClosed();
    var manager = new EngineRestClient(as("manager"));
    Await.until("approval task", PROCESS_STEP,
        () -> manager.tasks("processInstanceId=" + instanceId).size() == 1);
    browser.screenshot("call-draft-completed");

    // 3. The manager sees what she approves (name, appropriation, period) and approves.
    JsonNode approval = manager.tasks("processInstanceId=" + instanceId).get(0);
    tasklist.login("manager");
    tasklist.openTask(approval.path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Hyväksy hakuilmoitus");
    tasklist.claim();
    assertThat(tasklist.formText().replace('\u00A0', ' ')).contains(callName,
        UiText.period(today, deadline), "Määräraha: 300 000,00 €").doesNotContain("300000");
    tasklist.radio("callApproval", "Hyväksytään julkaistavaksi");
    browser.screenshot("call-approve-form");
    tasklist.complete();
    tasklist.waitForTaskClosed();

    String callKey = as("secretary").getForObject(
        "/engine-rest/process-instance/" + instanceId, JsonNode.class).path("businessKey").asText();
    assertThat(callKey).matches("\\d{4}-TI-\\d+");
    Await.until("call open", PROCESS_STEP, () -> "OPEN".equals(
        as("secretary").getForObject("/api/calls/" + callKey, JsonNode.class).path("status").asText()));
    browser.screenshot("call-approved");
  }

  @Test
  void applicationFromStartFormToCommitteeDecision() {
    LocalDate today = LocalDate.now(HELSINKI);
    String callName = "Hakulomakehaku " + System.nanoTime() % 100_000;
    String project = "Vertaistukiryhmät omaishoitajille " + System.nanoTime() % 1000;
    // The call is opened as in the other walkthrough, here through engine-rest (CallFixture).
    String callKey = CallFixture.openCall(this, callName, "OPERATING_INNOVATION", 200_000);

    // 1. applicant1 applies through the start form: the call is a choice, the organisation is
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
    tasklist.type("projectName", project);
    tasklist.type("targetGroup", "Alueen omaishoitajat");
    tasklist.checkbox("openToWholeTargetGroup", true);
    tasklist.type("strategyGoals", "Osallisuus ja mielen hyvinvointi");
    tasklist.checkbox("complementsServices", true);
    tasklist.select("serviceDirectory", "Hyvinvointitarjotin.fi");
    tasklist.type("municipalityCount", 6);
    tasklist.checkbox("hasOtherFunding", true);
    tasklist.type("requestedAmount", 25000);

    tasklist.type("businessId", "1234567");
    tasklist.blur("businessId"); // the person tabs on
    tasklist.type("durationYears", 3);
    tasklist.blur("durationYears");
    assertThat(tasklist.errorAt("businessId")).isEqualTo(UiText.BUSINESS_ID_FORMAT);
    assertThat(tasklist.errorAt("durationYears")).isEqualTo(UiText.max(2));
    browser.screenshot("application-mistakes-at-fields");

    // 2. A Y-tunnus in the right format but with a wrong check digit passes the form and is
    //    refused by the server: the start dialog stays open with a Finnish sentence.
    tasklist.type("businessId", "1234567-2");
    tasklist.type("durationYears", 2);
    tasklist.blur("durationYears");
    browser.waiting().until(d -> tasklist.noErrorAt("businessId") && tasklist.noErrorAt("durationYears"));
    tasklist.submitStart();
    String notStarted = tasklist.notification("Y-tunnus");
    browser.screenshot("application-check-digit-refused");
    assertThat(notStarted).startsWith(UiText.PROCESS_START_ERROR).contains("tarkistusnumero")
        .doesNotContain("ENGINE-", "Exception", "businessId", "Virheellinen syöte", " : ");
    tasklist.dismissNotifications();
    tasklist.type("businessId", "1234567-1");
    tasklist.submitStart();
    tasklist.waitForStartDialogClosed();
    browser.screenshot("application-sent");

    // 3. The receipt: "Omat hakemukset" from the Tasklist header shows the new application
    //    with its number and its status in Finnish.
    browser.basicAuth("applicant1"); // the browser's login prompt of the project's pages
    tasklist.headerLink("Omat hakemukset");
    WebElement receipt = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("receipt")));
    assertThat(receipt.getText()).contains("Hakemus vastaanotettu", project, callKey);
    String number = receipt.findElement(By.className("receipt-number")).getText().trim();
    assertThat(number).startsWith(callKey + "-");
    WebElement row = browser.driver().findElement(By.id("app-" + number));
    assertThat(row.getText()).contains(project);
    String statusOnArrival = status(row);
    assertThat(statusOnArrival).isNotBlank().doesNotContainPattern("[A-Z]{4,}|_");
    browser.screenshot("applicant1-receipt");

    // applicant2, of another organisation, does not see it.
    browser.basicAuth("applicant2");
    browser.driver().get(baseUrl() + "/api/applications.html");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .contains("Omat hakemukset").doesNotContain(number, project);
    browser.screenshot("applicant2-does-not-see-it");

    // 4. The application period ends (README step 4: the admin runs the deadline timer).
    runDeadlineTimer(callKey);
    String application = "processInstanceBusinessKey=" + number;

    // 5. Both reviewers score it in Tasklist; a point above 5 is shown at the field in Finnish.
    for (String reviewer : new String[] {"reviewer1", "reviewer2"}) {
      var client = new EngineRestClient(as(reviewer));
      String mine = application + "&taskDefinitionKey=Task_ScoreApplication&assignee=" + reviewer;
      Await.until("scoring task of " + reviewer, PROCESS_STEP, () -> client.tasks(mine).size() == 1);
      tasklist.login(reviewer);
      tasklist.openTask(client.tasks(mine).get(0).path("id").asText());
      assertThat(tasklist.taskName()).isEqualTo("Pisteytä hakemus");
      assertThat(tasklist.formText()).contains("Pisteytä hakemus " + number,
          "Savon Mielenterveysyhdistys ry", project);
      tasklist.type("scoreStrategyFit", 6);
      tasklist.blur("scoreStrategyFit");
      assertThat(tasklist.errorAt("scoreStrategyFit")).isEqualTo(UiText.max(5));
      browser.screenshot(reviewer + "-score-too-high");
      tasklist.type("scoreStrategyFit", 5);
      tasklist.type("scoreTargetGroup", 4);
      tasklist.type("scoreRegionalReach", 4);
      tasklist.type("scoreComplementsServices", 5);
      tasklist.type("scoreFinancing", 3);
      tasklist.type("scoreEffectiveness", 4);
      tasklist.type("scoreCooperation", 4);
      // the comment is committed to the form by leaving the field (form-js debounces typing;
      // a re-render of the form before that would drop it) and is still there before Valmis
      String comment = "Selkeä kohderyhmä, hyvä yhteistyö kuntien kanssa.";
      for (int attempt = 1; ; attempt++) {
        tasklist.type("reviewComment", comment);
        tasklist.blur("reviewComment");
        try {
          browser.waiting(Duration.ofSeconds(5)).until(d -> tasklist.noErrorAt("reviewComment")
              && comment.equals(tasklist.value("reviewComment")));
          break;
        } catch (org.openqa.selenium.TimeoutException e) {
          if (attempt == 3) {
            throw e;
          }
        }
      }
      browser.waiting().until(d -> tasklist.noErrorAt("scoreStrategyFit"));
      browser.screenshot(reviewer + "-score-form");
      tasklist.complete();
      tasklist.waitForTaskClosed();
    }

    // 6. The preparer adjusts the proposal on the esityslista and confirms it in Tasklist.
    var secretary = new EngineRestClient(as("secretary"));
    String adjustTask = "processDefinitionKey=grant-call&processInstanceBusinessKey=" + callKey
        + "&taskDefinitionKey=Task_AdjustProposal";
    Await.until("esityslista task", PROCESS_STEP, () -> secretary.tasks(adjustTask).size() == 1);
    tasklist.login("secretary");
    browser.basicAuth("secretary");
    browser.driver().get(baseUrl() + "/api/calls/" + callKey + "/proposal.html");
    WebElement sheet = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("h-" + number)));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Päätösesitys (esityslista): " + callName);
    assertThat(sheet.getText()).contains(project, "Savon Mielenterveysyhdistys ry",
        "Myönnetään 25 000,00 €");
    WebElement amount = browser.driver().findElement(By.id("amount-" + number));
    tasklist.click(amount);
    amount.clear();
    amount.sendKeys("20000");
    browser.driver().findElement(By.id("reason-" + number))
        .sendKeys("Kustannusarvion matkakulut ylimitoitettu");
    browser.screenshot("esityslista-adjust");
    tasklist.click(browser.driver().findElement(
        By.cssSelector("#adjust-" + number + " button[type='submit']")));
    WebElement changed = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("changed")));
    assertThat(changed.getText()).contains(number);
    sheet = browser.driver().findElement(By.id("h-" + number));
    assertThat(sheet.getText()).contains("Myönnetään 20 000,00 €",
        "Kustannusarvion matkakulut ylimitoitettu");
    browser.screenshot("esityslista-adjusted");

    browser.noBasicAuth();
    tasklist.openTask(secretary.tasks(adjustTask).get(0).path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Tarkista esityslista");
    tasklist.claim();
    // the summary is the list after the change: the changed amount, the computed one, the reason
    assertThat(tasklist.value("proposalSummary").replace('\u00A0', ' '))
        .contains("yhteensä 20 000,00 € / määräraha 200 000,00 €",
            number + " Savon Mielenterveysyhdistys ry: ehdotettu 25 000,00 €, oikaistu 20 000,00 €"
                + " (Kustannusarvion matkakulut ylimitoitettu)");
    tasklist.checkbox("proposalConfirmed", true);
    browser.screenshot("esityslista-confirm");
    tasklist.complete();
    tasklist.waitForTaskClosed();

    // 7. The committee decides: the form shows the adjusted proposal as the default.
    var committee = new EngineRestClient(as("committee1"));
    String decide = application + "&taskDefinitionKey=Task_CommitteeDecision";
    Await.until("committee task", PROCESS_STEP, () -> committee.tasks(decide).size() == 1);
    tasklist.login("committee1");
    tasklist.openTask(committee.tasks(decide).get(0).path("id").asText());
    assertThat(tasklist.taskName()).isEqualTo("Päätä avustuksesta");
    tasklist.claim();
    assertThat(tasklist.formText().replace('\u00A0', ' ')).contains("Päätös hakemuksesta " + number,
        project, "Haettu 25 000,00 €.", "Valmistelijan esitys: myönnetään 20 000,00 €.")
        .doesNotContain("GRANTED", "20000 €");
    assertThat(tasklist.value("proposalReason").replace('\u00A0', ' ')).isEqualTo(
        "Valmistelijan muutos: ehdotettu 25 000,00 €, oikaistu 20 000,00 €"
            + " (Kustannusarvion matkakulut ylimitoitettu)");
    assertThat(tasklist.value("grantedAmount")).isEqualTo("20000");
    tasklist.radio("decision", "Myönnetään");
    browser.screenshot("committee-decision");
    tasklist.complete();
    tasklist.waitForTaskClosed();
    Await.until("decision recorded", PROCESS_STEP, () -> "GRANTED".equals(as("secretary")
        .getForObject("/api/applications/" + number, JsonNode.class).path("decision").asText()));

    // 8. applicant1's own view shows the application further on, in Finnish.
    browser.basicAuth("applicant1");
    browser.driver().get(baseUrl() + "/api/applications.html");
    row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("app-" + number)));
    assertThat(status(row)).isNotEqualTo(statusOnArrival).contains("myönnetty 20 000,00 €")
        .doesNotContainPattern("[A-Z]{4,}|_");
    browser.screenshot("applicant1-after-decision");

    // 9. Tapahtumahistoria from the row: the case's steps in Finnish, times as d.M.yyyy klo H.mm,
    //    the committee's decision with its amount; no reviewers or raw codes for the applicant.
    tasklist.click(row.findElement(By.className("audit-link")));
    WebElement trail = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("audit")));
    assertThat(browser.driver().getTitle()).contains("Tapahtumahistoria " + number);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Tapahtumahistoria " + number);
    assertThat(browser.driver().findElement(By.className("meta")).getText().replace('\u00A0', ' '))
        .contains("Savon Mielenterveysyhdistys ry", project, "haettu 25 000,00 €");
    var times = trail.findElements(By.cssSelector("tbody td[data-label='Aika']"));
    assertThat(times).isNotEmpty().allSatisfy(t -> assertThat(t.getText())
        .matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} klo \\d{1,2}\\.\\d{2}"));
    assertThat(trail.getText().replace('\u00A0', ' ')).contains("Hakemus", "20 000,00 €")
        .doesNotContain("reviewer1", "reviewer2", "GRANTED", "Task_", "null")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    browser.screenshot("applicant1-audit-trail");
    browser.noBasicAuth();
  }

  @Test
  void wrongPasswordIsToldInFinnish() {
    String message = tasklist.loginFails("secretary", "vaara-salasana");
    browser.screenshot("login-failed");
    assertThat(message).startsWith(UiText.LOGIN_FAILED)
        .doesNotContain("Unauthorized", " : ", "ENGINE-");
    // the person types the right password and is in
    tasklist.login("secretary");
    assertThat(tasklist.notifications()).noneMatch(t -> t.startsWith(UiText.LOGIN_FAILED));
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static String status(WebElement row) {
    return row.findElement(By.className("status-text")).getText().trim();
  }

  private String variable(String processInstanceId, String name) {
    return as("secretary").getForObject("/engine-rest/process-instance/" + processInstanceId
        + "/variables/" + name, JsonNode.class).path("value").asText();
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
