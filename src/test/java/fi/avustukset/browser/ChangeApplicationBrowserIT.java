package fi.avustukset.browser;

import fi.avustukset.support.AgreementFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * README's change application (muutoshakemus) in a real browser (headless Chromium, Finnish):
 * the organisation's signed one-year agreement is on the page with its amount and period as Finns
 * write them; applicant1 asks to extend it but types an end date before the current one — the
 * page says so at the date field, keeps what was typed and files nothing — then corrects the
 * date and gets the receipt with the change number. Screenshots under
 * {@code target/browser-screenshots/change-application/}. The agreement itself is drafted,
 * accepted and signed through engine-rest (the Tasklist steps are the walkthrough's).
 */
class ChangeApplicationBrowserIT extends PostgresIntegrationTest {

  static final String APPLICATION = "2026-TI-9-0031";
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Duration STEP = Duration.ofMinutes(2);

  @RegisterExtension
  static Browser browser = new Browser("change-application");

  @Test
  void applicantFilesAnExtensionAfterTheDateMistakeIsShownAtItsField() {
    LocalDate start = LocalDate.now(HELSINKI).minusMonths(2);
    LocalDate end = start.plusYears(1).minusDays(1);
    signedAgreement(start);

    browser.basicAuth("applicant1"); // the browser's login prompt of the project's pages
    browser.driver().get("http://localhost:" + port + "/api/applications/" + APPLICATION
        + "/changes/new");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("change-form")));
    assertThat(text("h1")).isEqualTo("Muutoshakemus " + APPLICATION);
    assertThat(browser.driver().findElement(By.id("agreement")).getText().replace('\u00A0', ' '))
        .contains("Yhteistyösopimus", "Vertaistuki selaimessa", "avustus 30 000,00 €",
            "sopimuskausi " + UiText.finnishDate(start) + " – " + UiText.finnishDate(end),
            "Allekirjoitettu, voimassa");
    assertThat(browser.driver().findElement(By.linkText("Omat hakemukset")).getAttribute("href"))
        .endsWith("/api/applications.html");
    browser.screenshot("change-form");

    // 1. The extension with an end date before the current one: refused at the date field.
    browser.driver().findElement(By.cssSelector("input[name='kind'][value='PERIOD_EXTENSION']"))
        .click();
    String reason = "Toimitilojen remontti viivästytti ryhmien aloitusta";
    browser.driver().findElement(By.id("reason")).sendKeys(reason);
    typeDate(end.minusDays(10));
    submit();
    WebElement atField = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("virhe-newEndDate")));
    assertThat(atField.getText()).isEqualTo("Uuden päättymispäivän on oltava sopimuskauden"
        + " nykyisen päättymispäivän " + UiText.finnishDate(end) + " jälkeen.");
    assertThat(browser.driver().findElement(By.id("newEndDate")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(text("#form-errors")).startsWith("Muutoshakemusta ei jätetty.")
        .contains("Uuden päättymispäivän on oltava").doesNotContain("newEndDate", "PERIOD_EXTENSION");
    // what the person typed is still there, and nothing was filed
    assertThat(browser.driver().findElement(By.id("reason")).getAttribute("value")).isEqualTo(reason);
    assertThat(browser.driver().findElement(By.id("newEndDate")).getAttribute("value"))
        .isEqualTo(UiText.finnishDate(end.minusDays(10)));
    assertThat(browser.driver().findElement(By.cssSelector(
        "input[name='kind'][value='PERIOD_EXTENSION']")).isSelected()).isTrue();
    assertThat(browser.driver().findElements(By.id("receipt"))).isEmpty();
    assertThat(as("applicant1").getForObject("/api/applications/" + APPLICATION + "/changes",
        JsonNode.class)).isEmpty();
    browser.screenshot("change-date-refused-at-field");

    // 2. The corrected date: the receipt with the change number; the list shows it in Finnish.
    typeDate(end.plusMonths(6));
    submit();
    WebElement receipt = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("receipt")));
    assertThat(receipt.getText()).contains("Muutoshakemus vastaanotettu", APPLICATION + "-M1");
    assertThat(browser.driver().findElements(By.id("form-errors"))).isEmpty();
    assertThat(text("#changes")).contains(APPLICATION + "-M1", "Sopimuskauden pidentäminen",
        UiText.finnishDate(LocalDate.now(HELSINKI)), "Käsittelyssä")
        .doesNotContain("PERIOD_EXTENSION", "SUBMITTED");
    browser.screenshot("change-filed");
    browser.noBasicAuth();
  }

  /** Types the date as a Finn does into the date field: 21.9.2027 (placeholder pp.kk.vvvv). */
  private void typeDate(LocalDate date) {
    WebElement field = browser.driver().findElement(By.id("newEndDate"));
    assertThat(field.getAttribute("placeholder")).isEqualTo(UiText.DATE_PLACEHOLDER);
    field.clear();
    field.sendKeys(UiText.finnishDate(date));
    browser.waiting(Duration.ofSeconds(5)).until(d -> UiText.finnishDate(date).equals(
        field.getAttribute("value")));
  }

  private void submit() {
    browser.driver().findElement(By.cssSelector("#change-form button[type='submit']")).click();
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }

  // ---- the agreement, through engine-rest

  private void signedAgreement(LocalDate start) {
    TestRestTemplate secretary = as("secretary");
    AgreementFixture.start(secretary, APPLICATION, "Vertaistuki selaimessa", start);
    complete(secretary, "Task_DraftAgreement", "secretary", Map.of(
        "agreementStart", variable(start.toString(), "String"),
        "agreementTerms", variable("Avustus käytetään hakemuksen mukaiseen toimintaan.", "String"),
        "contactPerson", variable("Helmi Hakija", "String"),
        "bankAccount", variable("FI21 1234 5600 0007 85", "String")));
    complete(as("applicant1"), "Task_AcceptAgreement", "applicant1", Map.of(
        "agreementAcceptance", variable("ACCEPTED", "String"),
        "acceptorName", variable("Helmi Hakija, puheenjohtaja", "String")));
    complete(as("servicearea"), "Task_SignAgreement", "servicearea", Map.of(
        "agreementSignature", variable("SIGNED", "String"),
        "signerName", variable("Pekka Palvelualue, palvelualuejohtaja", "String")));
    Await.until("agreement signed", STEP, () -> "SIGNED".equals(secretary.getForObject(
        "/api/agreements/" + APPLICATION, JsonNode.class).path("status").asText()));
  }

  private void complete(TestRestTemplate user, String definitionKey, String userId,
      Map<String, Object> variables) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + APPLICATION
        + "&taskDefinitionKey=" + definitionKey;
    Await.until(definitionKey, STEP, () -> user.getForObject(query, JsonNode.class).size() == 1);
    String id = user.getForObject(query, JsonNode.class).get(0).path("id").asText();
    assertThat(user.postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", userId),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> done = user.postForEntity("/engine-rest/task/" + id + "/submit-form",
        Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> variable(Object value, String type) {
    return AgreementFixture.variable(value, type);
  }
}
