package fi.avustukset.reporting.programme.web;

import static fi.avustukset.support.FormPosts.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.FormPosts;
import fi.avustukset.support.FormPosts.Result;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The programme registry (issue 9: unknown references refused): staff register programmes by
 * {@code PUT /api/programmes/{code}} or on {@code /api/programmes.html}; a project naming a
 * programme not in the registry is refused at {@code programmeCode} (JSON and the project
 * form), nothing stored; the comparison of an unknown programme is a Finnish 404.
 */
class ProgrammeRegistryIT extends PostgresIntegrationTest {

  @Test
  void theDemoProgrammeOfSeed001IsRegistered() {
    JsonNode list = as("coordinator").getForObject("/api/programmes", JsonNode.class);
    JsonNode demo = find(list, "JARJESTO-2.0");
    assertThat(demo).as(list.toString()).isNotNull();
    assertThat(demo.path("name").asText()).isEqualTo("Järjestö 2.0");
    assertThat(demo.path("funder").asText()).isEqualTo("STEA");
    assertThat(demo.path("coordinator").asText()).startsWith("SOSTE");
  }

  @Test
  void staffRegisterAndEditAProgrammeAndBadInputNamesTheField() {
    ResponseEntity<JsonNode> created = putProgramme("secretary", "REG-IT-1",
        Map.of("name", "Rekisteriohjelma", "funder", "STEA"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("programmeCode").asText()).isEqualTo("REG-IT-1");
    ResponseEntity<JsonNode> updated = putProgramme("manager", "REG-IT-1",
        Map.of("name", "Rekisteriohjelma 2", "coordinator", "SOSTE"));
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = find(as("secretary").getForObject("/api/programmes", JsonNode.class),
        "REG-IT-1");
    assertThat(listed.path("name").asText()).isEqualTo("Rekisteriohjelma 2");
    assertThat(listed.path("coordinator").asText()).isEqualTo("SOSTE");
    assertThat(listed.has("funder")).as("a PUT replaces the record").isFalse();
    assertThat(listed.path("projectCount").asLong()).isZero();

    ResponseEntity<JsonNode> noName = putProgramme("secretary", "REG-IT-2", Map.of("name", " "));
    assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noName.getBody().path("field").asText()).isEqualTo("name");
    assertThat(noName.getBody().path("detail").asText()).contains("Ohjelman nimi puuttuu");
    ResponseEntity<JsonNode> badCode = putProgramme("secretary", "-REG", Map.of("name", "X"));
    assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badCode.getBody().path("field").asText()).isEqualTo("code");
    assertThat(as("secretary").getForObject("/api/programmes", JsonNode.class).toString())
        .doesNotContain("REG-IT-2").doesNotContain("\"-REG\"");

    // applicants neither register nor list programmes
    assertThat(putProgramme("applicant1", "REG-IT-3", Map.of("name", "Oma")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant1").getForEntity("/api/programmes", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aProjectNamingAnUnknownProgrammeIsRefusedAndNothingStored() {
    ResponseEntity<JsonNode> refused = putProject("REG-P-1", "NO-SUCH-PROG-IT");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("field").asText()).isEqualTo("programmeCode");
    assertThat(refused.getBody().path("detail").asText()).contains(
        "Ohjelmaa 'NO-SUCH-PROG-IT' ei ole ohjelmarekisterissä; lisää ohjelma ensin (Ohjelmat-sivu)");
    assertThat(as("secretary").getForEntity("/api/projects/REG-P-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    putProgramme("secretary", "REG-IT-P", Map.of("name", "Projektien ohjelma"));
    assertThat(putProject("REG-P-1", "REG-IT-P").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // an update to an unknown programme keeps the registered one
    assertThat(putProject("REG-P-1", "NO-SUCH-PROG-IT").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("secretary").getForObject("/api/projects/REG-P-1", JsonNode.class)
        .path("programmeCode").asText()).isEqualTo("REG-IT-P");
    assertThat(find(as("secretary").getForObject("/api/programmes", JsonNode.class), "REG-IT-P")
        .path("projectCount").asLong()).isEqualTo(1);

    // the same on the project forms: at the field, nothing written
    FormPosts forms = forms();
    Result onCreate = forms.post("secretary", "/api/projects.html", form("projectCode", "REG-P-2",
        "name", "Lomakeprojekti", "organizationName", "Yhdistys ry", "programmeCode", "NOPE-IT"));
    assertThat(onCreate.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(onCreate.body()).contains("id=\"virhe-programmeCode\"")
        .contains("Ohjelmaa &#39;NOPE-IT&#39; ei ole ohjelmarekisterissä")
        .contains("href=\"/api/programmes.html\"");
    assertThat(as("secretary").getForEntity("/api/projects/REG-P-2", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Result onEdit = forms.post("secretary", "/api/projects/REG-P-1.html", form("name", "Uusi nimi",
        "organizationName", "Yhdistys ry", "programmeCode", "NOPE-IT"));
    assertThat(onEdit.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(onEdit.body()).contains("id=\"virhe-programmeCode\"");
    assertThat(as("secretary").getForObject("/api/projects/REG-P-1", JsonNode.class)
        .path("name").asText()).isEqualTo("Projekti REG-P-1");
  }

  @Test
  void theComparisonOfAnUnknownProgrammeIsAFinnish404() {
    ResponseEntity<JsonNode> unknown = as("manager").getForEntity(
        "/api/programmes/NOT-REGISTERED-IT/comparison?year=2018", JsonNode.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getBody().path("detail").asText())
        .isEqualTo("Ohjelmaa NOT-REGISTERED-IT ei ole ohjelmarekisterissä");
    putProgramme("secretary", "REG-IT-EMPTY", Map.of("name", "Tyhjä ohjelma"));
    ResponseEntity<JsonNode> empty = as("manager").getForEntity(
        "/api/programmes/REG-IT-EMPTY/comparison?year=2018", JsonNode.class);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(empty.getBody().path("detail").asText()).contains("ei ole projekteja");
  }

  @Test
  void thePageListsProgrammesWithTheirProjectsAndRegistersANewOne() {
    putProgramme("secretary", "REG-IT-PAGE", Map.of("name", "Sivuohjelma", "funder", "STEA"));
    assertThat(putProject("REG-PAGE-1", "REG-IT-PAGE").getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(putProject("REG-PAGE-2", "REG-IT-PAGE").getStatusCode().is2xxSuccessful()).isTrue();
    String page = as("coordinator").getForObject("/api/programmes.html", String.class);
    assertThat(page).contains("<h1>Ohjelmat</h1>").contains("Sivuohjelma").contains("Järjestö 2.0")
        .containsPattern("REG-IT-PAGE/comparison.html\\?year=\\d{4}\"[^>]*>2</a>")
        .contains("name=\"_csrf\" value=\"" + formGuard.tokenFor("coordinator") + "\"");
    assertThat(as("secretary").getForObject("/api/projects.html", String.class))
        .contains("href=\"/api/programmes.html\"");
    assertThat(as("secretary").getForObject("/", String.class))
        .contains("href=\"/api/programmes.html\"");
    assertThat(as("applicant1").getForEntity("/api/programmes.html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    FormPosts forms = forms();
    Result noName = forms.post("coordinator", "/api/programmes.html", form("code", "REG-IT-NEW",
        "name", "", "funder", "STEA"));
    assertThat(noName.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noName.body()).contains("id=\"virhe-name\"").contains("value=\"REG-IT-NEW\"");
    assertThat(registered("REG-IT-NEW")).isFalse();

    Result created = forms.post("coordinator", "/api/programmes.html", form("code", "REG-IT-NEW",
        "name", "Uusi ohjelma", "funder", "STEA", "coordinator", "SOSTE"));
    assertThat(created.redirected()).isTrue();
    assertThat(created.body()).contains("lisätty ohjelmarekisteriin").contains("Uusi ohjelma");
    assertThat(registered("REG-IT-NEW")).isTrue();

    Result again = forms.post("coordinator", "/api/programmes.html", form("code", "REG-IT-NEW",
        "name", "Toinen nimi"));
    assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.body()).contains("id=\"virhe-code\"").contains("on jo ohjelmarekisterissä");
    assertThat(find(as("secretary").getForObject("/api/programmes", JsonNode.class), "REG-IT-NEW")
        .path("name").asText()).as("the existing programme is kept").isEqualTo("Uusi ohjelma");
    assertThat(forms.post("applicant1", "/api/programmes.html", form("code", "REG-IT-APP",
        "name", "Oma")).status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registered("REG-IT-APP")).isFalse();
  }

  private boolean registered(String code) {
    return find(as("secretary").getForObject("/api/programmes", JsonNode.class), code) != null;
  }

  static JsonNode find(JsonNode list, String code) {
    for (JsonNode p : list) {
      if (p.path("programmeCode").asText().equals(code)) {
        return p;
      }
    }
    return null;
  }

  private ResponseEntity<JsonNode> putProgramme(String user, String code, Map<String, Object> body) {
    return as(user).exchange("/api/programmes/" + code, HttpMethod.PUT, new HttpEntity<>(body),
        JsonNode.class);
  }

  private ResponseEntity<JsonNode> putProject(String code, String programme) {
    Map<String, Object> body = new HashMap<>(Map.of("name", "Projekti " + code,
        "organizationName", "Yhdistys ry", "programmeCode", programme));
    return as("secretary").exchange("/api/projects/" + code, HttpMethod.PUT,
        new HttpEntity<>(body), JsonNode.class);
  }
}
