package fi.avustukset.platform.web;

import static fi.avustukset.support.FormPosts.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.FormPosts;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.Programmes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/**
 * One CSRF mechanism for every HTML form (issue 9, {@link FormGuard}): for each form of the
 * projects, activity, evaluation and programme pages, the page carries the user's
 * {@code _csrf} token, and a post without it, with a made-up or another user's token, or from
 * another site (Origin or Referer) is 403 with a Finnish page or problem JSON and stores
 * nothing — while the same post with the page's token is stored (so the refusal is the
 * token's, not the input's). The change application, MINNO registration and conflict forms
 * are checked the same way in their own ITs ({@code ChangeApplicationIT},
 * {@code MinnoRegistrationPageIT}, {@code ConflictPageIT}), the esityslista and attachment
 * forms in {@code ProposalPageIT} and {@code AttachmentApiIT}.
 */
class FormForgeryIT extends PostgresIntegrationTest {

  static final String P = "FORGE-P";
  static final String HEADER = "date,type,goalLevels,organizerRole,officials,electedOfficials,"
      + "ngoRepresentatives,privateSector,title\n";

  /**
   * A form: the page that shows it, where it posts, what it posts (valid input), the file of
   * an upload form (else null), and what a stored post changes.
   */
  record Case(String name, String page, String url, MultiValueMap<String, String> form,
      String csv, Function<FormForgeryIT, Object> stored) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("new project", "/api/projects.html", "/api/projects.html",
            form("projectCode", "FORGE-NEW", "name", "Uusi", "organizationName", "Yhdistys ry",
                "programmeCode", "FORGE-PROG"), null,
            t -> t.status("/api/projects/FORGE-NEW")),
        new Case("project edit", "/api/projects/" + P + ".html", "/api/projects/" + P + ".html",
            form("name", "Muutettu nimi", "organizationName", "Yhdistys ry"), null,
            t -> t.json("/api/projects/" + P).path("name").asText()),
        new Case("activity event", "/api/projects/" + P + "/activity/form",
            "/api/projects/" + P + "/activity/form/event",
            form("date", "2020-05-05", "type", "SEMINAR", "goalLevels", "REGION",
                "organizerRole", "OWN", "officials", "3", "title", "Lomaketapahtuma"), null,
            t -> t.events(2020)),
        new Case("reported totals", "/api/projects/" + P + "/activity/form",
            "/api/projects/" + P + "/activity/form/year",
            form("year", "2020", "reportedParticipantTotal", "77", "reportedEventCount", "4"), null,
            t -> t.annual().path("reportedParticipantTotal").toString()),
        new Case("contacts", "/api/projects/" + P + "/activity/form",
            "/api/projects/" + P + "/activity/form/contacts",
            form("periodStart", "2020-01-01", "periodEnd", "2020-12-31", "phoneCalls", "49",
                "textMessages", "10", "networkEmails", "100", "personalEmails", "20",
                "publicSectorShare", "35", "ngoShare", "58,3", "privateSectorShare", "3,9",
                "individualsShare", "2,8"), null,
            t -> t.annual().path("contacts").toString()),
        new Case("CSV upload", "/api/projects/" + P + "/activity/import",
            "/api/projects/" + P + "/activity/import", form(),
            HEADER + "2021-02-02,SEMINAR,REGION,OWN,1,0,2,0,Tiedostosta\n",
            t -> t.events(2021)),
        new Case("feedback", "/api/projects/" + P + "/evaluation.html?year=2020",
            "/api/projects/" + P + "/evaluation/feedback",
            form("year", "2020", "eventId", "EVENT", "goalLevel", "REGION", "rating4", "3"), null,
            t -> t.annual().path("feedbackByGoalLevel").toString()),
        new Case("survey", "/api/projects/" + P + "/evaluation.html?year=2020",
            "/api/projects/" + P + "/evaluation/survey",
            form("rows", "10", "surveyCode", "FORGE-2020", "name", "Kumppanikysely",
                "audience", "PARTNERS", "phase", "MID_TERM", "conductedOn", "2020-11-10",
                "invited", "10", "respondents", "5", "statements[0].text", "Yhteistyö toimi",
                "statements[0].mean", "4,2", "statements[0].responses", "5"), null,
            t -> t.annual().path("surveys").toString()),
        new Case("new programme", "/api/programmes.html", "/api/programmes.html",
            form("code", "FORGE-PROG-NEW", "name", "Väärennöstesti", "funder", "STEA"), null,
            t -> t.json("/api/programmes").toString().contains("FORGE-PROG-NEW")));
  }

  @BeforeEach
  void project() {
    Programmes.register(as("secretary"), "FORGE-PROG");
    ResponseEntity<String> put = as("secretary").exchange("/api/projects/" + P, HttpMethod.PUT,
        new HttpEntity<>(Map.of("name", "Väärennösprojekti", "organizationName", "Yhdistys ry")),
        String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).as(put.getBody()).isTrue();
    HttpHeaders csv = new HttpHeaders();
    csv.setContentType(MediaType.parseMediaType("text/csv"));
    // the event the feedback form rates (re-importing the same file creates nothing)
    assertThat(as("secretary").exchange("/api/projects/" + P + "/activity-events", HttpMethod.POST,
        new HttpEntity<>((HEADER + "2020-03-03,SEMINAR,REGION,OWN,5,0,5,0,Pohjatapahtuma\n")
            .getBytes(StandardCharsets.UTF_8), csv), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aForgedPostIsRefusedAndStoresNothingWhileThePagesOwnIsStored(Case c) {
    MultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>(
        c.form());
    if ("EVENT".equals(fields.getFirst("eventId"))) {
      fields.set("eventId", firstEventId(2020));
    }
    String page = as("secretary").getForObject(c.page(), String.class);
    String token = formGuard.tokenFor("secretary");
    assertThat(page).as("the page's forms carry the user's token")
        .contains("name=\"_csrf\" value=\"" + token + "\"");
    byte[] file = c.csv() == null ? null : c.csv().getBytes(StandardCharsets.UTF_8);
    FormPosts posts = forms();

    Object before = c.stored().apply(this);
    posts.assertForgeriesRefused("secretary", c.url(), fields, file == null ? null : "forge.csv",
        file, () -> c.stored().apply(this));

    FormPosts.Result own = file == null ? posts.post("secretary", c.url(), fields)
        : posts.upload("secretary", c.url(), "forge.csv", file);
    assertThat(own.redirected()).as(c.name() + " with the page's token: " + own.body()).isTrue();
    assertThat(c.stored().apply(this)).as(c.name() + " stored").isNotEqualTo(before);
  }

  Object status(String url) {
    return as("secretary").getForEntity(url, String.class).getStatusCode().value();
  }

  JsonNode json(String url) {
    return as("secretary").getForObject(url, JsonNode.class);
  }

  Object events(int year) {
    return json("/api/projects/" + P + "/activity-events?year=" + year).size();
  }

  JsonNode annual() {
    return json("/api/projects/" + P + "/reports/annual?year=2020");
  }

  String firstEventId(int year) {
    return json("/api/projects/" + P + "/activity-events?year=" + year).get(0).path("id").asText();
  }
}
