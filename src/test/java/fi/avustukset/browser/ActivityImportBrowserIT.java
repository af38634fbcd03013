package fi.avustukset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * README's reporting walkthrough, the CSV upload, in a real browser (headless Chromium,
 * Finnish): the secretary opens the project's "Tuo tapahtumat" page, picks a file with two
 * bad rows and sees both named by row and column in Finnish with nothing stored (all or
 * nothing), then picks the corrected file and sees the receipt; the annual report counts the
 * events. Screenshots under {@code target/browser-screenshots/activity-import/}.
 */
class ActivityImportBrowserIT extends PostgresIntegrationTest {

  static final String PROJECT = "SELAIN-CSV-1";
  static final String HEADER =
      "date,type,goalLevels,organizerRole,officials,electedOfficials,ngoRepresentatives,privateSector,title\n";

  @RegisterExtension
  static Browser browser = new Browser("activity-import");

  @Test
  void secretaryUploadsActivityCsvAllOrNothing() throws Exception {
    // the project exists (README: "Rahoitetut projektit" → new project; its own IT covers that page)
    assertThat(as("secretary").exchange("/api/projects/" + PROJECT, HttpMethod.PUT,
        new HttpEntity<>(Map.of("name", "Selaintestin hanke", "organizationName", "Testiyhdistys ry")),
        JsonNode.class).getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.OK);

    Path bad = Files.createTempFile("tapahtumat-virheellinen", ".csv");
    Files.writeString(bad, HEADER
        + "2025-03-10,SEMINAR,REGION,OWN,3,1,20,0,Kevätseminaari\n"
        + "2025-03-11,JUHLA,REGION,OWN,1,0,5,0,Tuntematon tyyppi\n"
        + "11.3.2025,SEMINAR,REGION,OWN,1,0,5,0,Väärä päivämäärä\n", StandardCharsets.UTF_8);
    Path good = Files.createTempFile("tapahtumat", ".csv");
    Files.writeString(good, HEADER
        + "2025-03-10,SEMINAR,REGION,OWN,3,1,20,0,Kevätseminaari\n"
        + "2025-03-11,WORKING_GROUP,MUNICIPALITY,COOPERATION,1,0,5,0,Työryhmä\n"
        + "2025-03-12,SEMINAR,NATIONAL,OWN,1,0,5,0,Syysseminaari\n", StandardCharsets.UTF_8);

    browser.basicAuth("secretary"); // the browser's login prompt of the project's pages
    browser.driver().get("http://localhost:" + port + "/api/projects/" + PROJECT + "/activity/import");
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .contains("Tuo tapahtumat CSV-tiedostosta", "Selaintestin hanke");

    // 1. the file with mistakes: every bad row named, nothing stored
    upload(bad);
    WebElement alert = browser.waiting().until(
        ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
    assertThat(alert.getText()).contains("Tiedostoa ei tuotu – mitään ei tallennettu.",
        "Tiedostossa on virheitä 2 kohdassa.");
    // said once: the reader is told nothing was stored, not twice in one box
    assertThat(alert.getText().split("mitään ei tallennettu", -1)).hasSize(2);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("table.row-errors tbody tr"));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getText()).startsWith("3").contains("(type)");
    assertThat(rows.get(1).getText()).startsWith("4").contains("(date)");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Exception", "ERROR", "Bad Request");
    browser.screenshot("csv-refused");
    assertThat(eventCount()).isZero();

    // 2. the corrected file: the receipt with the counts, the events in the annual report
    upload(good);
    WebElement receipt = browser.waiting().until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".receipt")));
    assertThat(receipt.getText()).contains("Tiedosto tuotu.", "Rivejä 3", "uusia tapahtumia 3");
    browser.screenshot("csv-imported");
    assertThat(eventCount()).isEqualTo(3);
    browser.noBasicAuth();
  }

  private void upload(Path file) {
    WebElement input = browser.waiting().until(
        ExpectedConditions.presenceOfElementLocated(By.id("file")));
    input.sendKeys(file.toAbsolutePath().toString());
    WebElement button = browser.driver().findElement(By.cssSelector("form button[type=submit]"));
    button.click();
    // The old page is gone once its button is: ChromeDriver reports that as a stale element or,
    // while the new document loads, as "Node … does not belong to the document".
    browser.waiting().until(d -> {
      try {
        button.isEnabled();
        return false;
      } catch (org.openqa.selenium.WebDriverException gone) {
        return true;
      }
    });
  }

  private int eventCount() {
    JsonNode report = as("secretary").getForObject(
        "/api/projects/" + PROJECT + "/reports/annual?year=2025", JsonNode.class);
    return report.path("eventCount").asInt();
  }
}
