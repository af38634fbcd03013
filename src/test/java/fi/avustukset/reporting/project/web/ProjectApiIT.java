package fi.avustukset.reporting.project.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class ProjectApiIT extends PostgresIntegrationTest {

  @Test
  void staffCreatesThenUpdatesAProject() {
    ResponseEntity<JsonNode> created = put("secretary", "JSH-113", Map.of(
        "name", "JärjestöSotehanke 113", "organizationName", "Sosiaali- ja terveysjärjestöt ry",
        "programmeCode", "JARJESTO-2.0"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().path("programmeCode").asText()).isEqualTo("JARJESTO-2.0");

    ResponseEntity<JsonNode> updated = put("manager", "JSH-113", Map.of(
        "name", "JärjestöSotehanke 113 (2017–2020)", "organizationName", "Sosiaali- ja terveysjärjestöt ry"));
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody().path("name").asText()).isEqualTo("JärjestöSotehanke 113 (2017–2020)");
    assertThat(updated.getBody().has("programmeCode")).isFalse();
  }

  @Test
  void badInputNamesTheFieldAndStoresNothing() {
    ResponseEntity<JsonNode> bad = put("secretary", "BAD-1", Map.of("name", " ",
        "organizationName", "Yhdistys ry", "businessId", "1234567-2"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").toString()).contains("\"name\"").contains("businessId");
    assertThat(as("secretary").getForEntity("/api/projects/BAD-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** CONTRACT.md: an unknown field is refused (400 naming it), not silently dropped. */
  @Test
  void anUnknownFieldIsRefusedByNameAndNothingIsStored() {
    ResponseEntity<JsonNode> bad = put("secretary", "EXTRA-1", Map.of("name", "Hanke",
        "organizationName", "Yhdistys ry", "budjetti", 5000));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field")).containsExactly("budjetti");
    assertThat(bad.getBody().path("errors").toString()).contains("tuntematon kenttä");
    assertThat(as("secretary").getForEntity("/api/projects/EXTRA-1", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void applicantsCannotCreateProjectsAndSeeOnlyTheirOwn() {
    assertThat(put("applicant1", "OWN-1", Map.of("name", "x", "organizationName", "y"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    put("secretary", "ORG1-PROJ", Map.of("name", "Mielen hyvinvointi", "organizationName",
        "Savon Mielenterveysyhdistys ry", "businessId", "1234567-1"));
    assertThat(as("applicant1").getForEntity("/api/projects/ORG1-PROJ", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("applicant2").getForEntity("/api/projects/ORG1-PROJ", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private ResponseEntity<JsonNode> put(String user, String code, Map<String, Object> body) {
    return as(user).exchange("/api/projects/" + code, HttpMethod.PUT, new HttpEntity<>(body),
        JsonNode.class);
  }
}
