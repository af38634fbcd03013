package fi.avustukset.reporting.project.web;

import static fi.avustukset.support.FormPosts.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.FormPosts;
import fi.avustukset.support.FormPosts.Result;
import fi.avustukset.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/**
 * The reporting walkthrough in the browser, through the real pages on PostgreSQL: a project
 * created and edited on its page, the activity CSV uploaded (all or nothing, errors per row),
 * feedback, a survey and the self-assessment entered — each valid post changes the record and
 * redirects, each refused one answers 400 with the Finnish message at the field and writes
 * nothing, and another organisation's applicant is refused.
 */
class ReportingPagesIT extends PostgresIntegrationTest {

  static final String HEADER = "date,type,goalLevels,organizerRole,officials,electedOfficials,"
      + "ngoRepresentatives,privateSector,title\n";

  FormPosts forms;

  @BeforeEach
  void formPosts() {
    forms = forms();
  }

  @Test
  void projectIsCreatedAndEditedOnItsPage() {
    fi.avustukset.support.Programmes.register(as("secretary"), "SCR-PROG");
    // refused: no name, bad Y-tunnus — shown at the fields, values kept, nothing created
    Result bad = forms.post("secretary", "/api/projects.html", form("projectCode", "SCR-P1",
        "name", " ", "organizationName", "Savon Mielenterveysyhdistys ry", "businessId", "1234567-2"));
    assertThat(bad.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.body()).contains("class=\"field-error\" id=\"virhe-name\"")
        .contains("Projektin nimi puuttuu.").contains("id=\"virhe-businessId\"")
        .contains("Virheellinen Y-tunnus").contains("value=\"Savon Mielenterveysyhdistys ry\"")
        .contains("value=\"SCR-P1\"");
    assertThat(as("secretary").getForEntity("/api/projects/SCR-P1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // valid: created, 303 to the project's page
    Result created = forms.post("secretary", "/api/projects.html", form("projectCode", "SCR-P1",
        "name", "Vertaistuen verkosto", "organizationName", "Savon Mielenterveysyhdistys ry",
        "businessId", "1234567-1", "programmeCode", "SCR-PROG"));
    assertThat(created.redirected()).isTrue();
    assertThat(created.location()).isEqualTo("/api/projects/SCR-P1.html?luotu=1");
    assertThat(created.body()).contains("Projekti perustettu").contains("Vertaistuen verkosto")
        .contains("/api/projects/SCR-P1/activity/import");
    JsonNode project = as("secretary").getForObject("/api/projects/SCR-P1", JsonNode.class);
    assertThat(project.path("programmeCode").asText()).isEqualTo("SCR-PROG");
    assertThat(project.path("businessId").asText()).isEqualTo("1234567-1");

    // the same code again: 409 at the field
    Result duplicate = forms.post("secretary", "/api/projects.html", form("projectCode", "SCR-P1",
        "name", "Toinen", "organizationName", "X ry"));
    assertThat(duplicate.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(duplicate.body()).contains("id=\"virhe-projectCode\"").contains("on jo olemassa");

    // edit: refused without an organisation, then saved
    Result badEdit = forms.post("secretary", "/api/projects/SCR-P1.html", form("name",
        "Vertaistuen verkosto 2", "organizationName", ""));
    assertThat(badEdit.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badEdit.body()).contains("id=\"virhe-organizationName\"")
        .contains("Organisaation nimi puuttuu.").contains("value=\"Vertaistuen verkosto 2\"");
    assertThat(as("secretary").getForObject("/api/projects/SCR-P1", JsonNode.class)
        .path("name").asText()).isEqualTo("Vertaistuen verkosto");
    Result edited = forms.post("secretary", "/api/projects/SCR-P1.html", form("name",
        "Vertaistuen verkosto 2", "organizationName", "Savon Mielenterveysyhdistys ry",
        "programmeCode", "SCR-PROG"));
    assertThat(edited.redirected()).isTrue();
    assertThat(edited.body()).contains("Projektin tiedot tallennettu");
    assertThat(as("secretary").getForObject("/api/projects/SCR-P1", JsonNode.class)
        .path("name").asText()).isEqualTo("Vertaistuen verkosto 2");

    // the organisation's applicant reads the page but may not change it; another one sees nothing
    assertThat(as("applicant1").getForObject("/api/projects.html", String.class)).contains("SCR-P1");
    assertThat(as("applicant1").getForObject("/api/projects/SCR-P1.html", String.class))
        .doesNotContain("Muuta projektin tietoja");
    assertThat(forms.post("applicant1", "/api/projects/SCR-P1.html", form("name", "Oma",
        "organizationName", "X")).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.post("applicant1", "/api/projects.html", form("projectCode", "SCR-P9",
        "name", "Oma", "organizationName", "X")).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant2").getForObject("/api/projects.html", String.class)).doesNotContain("SCR-P1");
    assertThat(as("applicant2").getForEntity("/api/projects/SCR-P1.html", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forms.postFrom("https://evil.example", "secretary", "/api/projects/SCR-P1.html",
        form("name", "X", "organizationName", "Y"))).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void activityCsvIsUploadedAllOrNothingWithErrorsPerRow() {
    createProject("SCR-CSV", "1234567-1");
    String bad = HEADER
        + "2019-01-15,SEMINAR,REGION,OWN,12,2,40,1,Hyvä rivi\n"
        + "2019-01-16,WEBINAR,REGION,OWN,1,0,0,0,Tuntematon tyyppi\n"
        + "15.1.2019,SEMINAR,REGION,OWN,1,0,0,0,Suomalainen päivämäärä\n";
    Result refused = forms.upload("secretary", "/api/projects/SCR-CSV/activity/import", "tapahtumat.csv",
        bad.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.body()).contains("Tiedostoa ei tuotu – mitään ei tallennettu.")
        .contains("class=\"row-errors stack\"").contains("tapahtuman tyyppi (type)")
        .contains("päivämäärä (date)").contains("tapahtumat.csv")
        .containsPattern("data-label=\"Rivi\" class=\"num\">3<")
        .containsPattern("data-label=\"Rivi\" class=\"num\">4<");
    assertThat(events("secretary", "SCR-CSV", 2019)).isEmpty();

    String good = HEADER
        + "2019-01-15,SEMINAR,REGION,OWN,12,2,40,1,Hyvä rivi\n"
        + "2019-02-16,WORKING_GROUP,MUNICIPALITY,COOPERATION,1,0,3,0,Työryhmä\n";
    Result imported = forms.upload("applicant1", "/api/projects/SCR-CSV/activity/import",
        "tapahtumat.csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.redirected()).isTrue();
    assertThat(imported.body()).contains("Tiedosto tuotu.").containsPattern("uusia tapahtumia <span>2</span>");
    assertThat(events("secretary", "SCR-CSV", 2019)).hasSize(2);
    Result again = forms.upload("secretary", "/api/projects/SCR-CSV/activity/import",
        "tapahtumat.csv", good.getBytes(StandardCharsets.UTF_8));
    assertThat(again.body()).containsPattern("ennallaan <span>2</span>");

    Result empty = forms.upload("secretary", "/api/projects/SCR-CSV/activity/import", "tyhja.csv",
        new byte[0]);
    assertThat(empty.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.body()).contains("Valitse tuotava CSV-tiedosto.");

    assertThat(forms.upload("applicant2", "/api/projects/SCR-CSV/activity/import", "x.csv",
        good.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(events("secretary", "SCR-CSV", 2019)).hasSize(2);
  }

  @Test
  void feedbackSurveysAndSelfAssessmentAreEnteredOnTheEvaluationPage() {
    createProject("SCR-EVAL", "1234567-1");
    ResponseEntity<JsonNode> imported = importCsv("SCR-EVAL", HEADER
        + "2019-03-01,SEMINAR,REGION;ORGANIZATION,OWN,10,1,30,2,Seminaari\n");
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    long eventId = events("secretary", "SCR-EVAL", 2019).get(0).path("id").asLong();

    String page = as("secretary").getForObject("/api/projects/SCR-EVAL/evaluation.html?year=2019",
        String.class);
    assertThat(page).contains("2019-03-01 Seminaari").contains("Palaute tapahtumasta (2019)");

    // feedback for a level the event does not serve: refused at the field, nothing stored
    Result wrongLevel = forms.post("secretary", "/api/projects/SCR-EVAL/evaluation/feedback", form(
        "year", "2019", "eventId", String.valueOf(eventId), "goalLevel", "NATIONAL",
        "rating3", "2", "rating4", "x"));
    assertThat(wrongLevel.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongLevel.body()).contains("id=\"virhe-ratings.4\"").contains("ei ole kokonaisluku");
    Result noLevel = forms.post("secretary", "/api/projects/SCR-EVAL/evaluation/feedback", form(
        "year", "2019", "eventId", String.valueOf(eventId), "goalLevel", "NATIONAL", "rating3", "2"));
    assertThat(noLevel.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noLevel.body()).contains("id=\"virhe-goalLevel\"");
    assertThat(annual("SCR-EVAL").path("feedbackByGoalLevel").size()).isZero();

    Result feedback = forms.post("applicant1", "/api/projects/SCR-EVAL/evaluation/feedback", form(
        "year", "2019", "eventId", String.valueOf(eventId), "goalLevel", "REGION",
        "rating3", "2", "rating4", "2"));
    assertThat(feedback.redirected()).isTrue();
    assertThat(feedback.body()).contains("Tallennettu (palaute).");
    assertThat(annual("SCR-EVAL").path("feedbackByGoalLevel").path("REGION").path("mean")
        .decimalValue()).isEqualByComparingTo("3.50");

    // survey: a mean outside 1–5 on row 2 refused there, the rows kept
    MultiValueMap<String, String> survey = form("rows", "10", "surveyCode", "PARTNERS-2019",
        "name", "Väliarviointi, kumppanit", "audience", "PARTNERS", "phase", "MID_TERM",
        "conductedOn", "2019-12-10", "invited", "48", "respondents", "27",
        "statements[0].text", "Päätavoitteiden onnistuminen", "statements[0].mean", "4,46",
        "statements[0].responses", "27",
        "statements[2].text", "Yhteistyö toimi", "statements[2].mean", "7");
    Result badSurvey = forms.post("secretary", "/api/projects/SCR-EVAL/evaluation/survey", survey);
    assertThat(badSurvey.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSurvey.body()).contains("id=\"virhe-statements[2].mean\"")
        .contains("Keskiarvo asteikolla 1–5.").contains("value=\"Päätavoitteiden onnistuminen\"");
    assertThat(annual("SCR-EVAL").path("surveys").size()).isZero();

    survey.set("statements[2].mean", "3,9");
    Result saved = forms.post("secretary", "/api/projects/SCR-EVAL/evaluation/survey", survey);
    assertThat(saved.redirected()).isTrue();
    assertThat(saved.body()).contains("Tallennettu (kysely).").contains("PARTNERS-2019");
    JsonNode surveys = annual("SCR-EVAL").path("surveys");
    assertThat(surveys).hasSize(1);
    assertThat(surveys.get(0).path("statements")).hasSize(2);
    assertThat(surveys.get(0).path("statements").get(0).path("mean").decimalValue())
        .isEqualByComparingTo("4.46");

    // the self-assessment form: staff audience, 33 rows
    String self = as("secretary").getForObject(
        "/api/projects/SCR-EVAL/evaluation.html?year=2019&audience=STAFF", String.class);
    assertThat(self).contains("name=\"statements[32].text\"").contains("Laadun itsearviointi")
        .containsPattern("value=\"STAFF\" selected");

    assertThat(forms.post("applicant2", "/api/projects/SCR-EVAL/evaluation/survey", survey).status())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void reportPagesAreRenderedFromTheSharedLayout() {
    createProject("SCR-PAGE", null);
    importCsv("SCR-PAGE", HEADER + "2019-03-01,SEMINAR,REGION,OWN,1000,1,30,2,Iso seminaari\n");
    String annual = as("manager").getForObject("/api/projects/SCR-PAGE/reports/annual.html?year=2019",
        String.class);
    assertThat(annual).contains("href=\"/css/app.css\"").contains("class=\"site-header\"")
        .contains("<svg").contains("viewBox=").contains("1\u00A0033").contains("100,0\u00A0%");
    String form = as("secretary").getForObject("/api/projects/SCR-PAGE/activity/form", String.class);
    assertThat(form).contains("href=\"/css/app.css\"").contains("name=\"goalLevels\"")
        .contains("Seminaaritilaisuus").doesNotContain(">SEMINAR<");
  }

  private void createProject(String code, String businessId) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Projekti " + code,
        "organizationName", "Savon Mielenterveysyhdistys ry"));
    if (businessId != null) {
      body.put("businessId", businessId);
    }
    ResponseEntity<String> put = as("secretary").exchange("/api/projects/" + code, HttpMethod.PUT,
        new HttpEntity<>(body), String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).as(put.getBody()).isTrue();
  }

  private ResponseEntity<JsonNode> importCsv(String code, String csv) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.parseMediaType("text/csv"));
    return as("secretary").exchange("/api/projects/" + code + "/activity-events", HttpMethod.POST,
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
  }

  private JsonNode events(String user, String code, int year) {
    return as(user).getForObject("/api/projects/" + code + "/activity-events?year=" + year,
        JsonNode.class);
  }

  private JsonNode annual(String code) {
    return as("secretary").getForObject("/api/projects/" + code + "/reports/annual?year=2019",
        JsonNode.class);
  }
}
