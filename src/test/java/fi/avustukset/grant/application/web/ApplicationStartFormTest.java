package fi.avustukset.grant.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.grant.application.web.ApplicationStartForm.Organisation;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The application start form as it leaves the server, from the real forms/ file. */
class ApplicationStartFormTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static ObjectNode form() throws IOException {
    return (ObjectNode) JSON.readTree(Path.of("forms/grant-application-start.form").toFile());
  }

  static GrantCall call(String key, String name, GrantType type, LocalDate deadline) {
    return new GrantCall(key, name, type, new BigDecimal("300000"), deadline.minusDays(30),
        deadline, "secretary", Instant.parse("2026-12-01T10:00:00Z"));
  }

  @Test
  void offersTheOpenCallsAsChoicesAndPrefillsTheOnlyOrganisation() throws IOException {
    ObjectNode form = ApplicationStartForm.personalise(form(), List.of(
            call("2027-TI-1", "Toiminta-avustukset 2027", GrantType.OPERATING_INNOVATION,
                LocalDate.of(2027, 1, 31)),
            call("2027-KU-1", "Kumppanuusavustukset 2027", GrantType.PARTNERSHIP,
                LocalDate.of(2027, 2, 15))),
        Optional.of(new Organisation("Savon Mielenterveysyhdistys ry", "1234567-1")));

    JsonNode callKey = ApplicationStartForm.field(form, "callKey");
    assertThat(callKey.path("type").asText()).isEqualTo("select");
    assertThat(callKey.path("values").findValuesAsText("value"))
        .containsExactly("2027-TI-1", "2027-KU-1");
    assertThat(callKey.path("values").findValuesAsText("label")).containsExactly(
        "Toiminta-avustukset 2027 (2027-TI-1), hakuaika päättyy 31.1.2027",
        "Kumppanuusavustukset 2027 (2027-KU-1), hakuaika päättyy 15.2.2027");
    assertThat(callKey.has("defaultValue")).isFalse(); // two calls: the applicant chooses
    assertThat(ApplicationStartForm.field(form, "organizationName").path("defaultValue").asText())
        .isEqualTo("Savon Mielenterveysyhdistys ry");
    assertThat(ApplicationStartForm.field(form, "businessId").path("defaultValue").asText())
        .isEqualTo("1234567-1");
  }

  @Test
  void oneOpenCallIsPreselectedNoneIsSaidInFinnish() throws IOException {
    ObjectNode one = ApplicationStartForm.personalise(form(), List.of(call("2027-TI-1",
        "Toiminta-avustukset 2027", GrantType.OPERATING_INNOVATION, LocalDate.of(2027, 1, 31))),
        Optional.empty());
    assertThat(ApplicationStartForm.field(one, "callKey").path("defaultValue").asText())
        .isEqualTo("2027-TI-1");
    assertThat(ApplicationStartForm.field(one, "organizationName").has("defaultValue")).isFalse();

    ObjectNode none = ApplicationStartForm.personalise(form(), List.of(), Optional.empty());
    assertThat(ApplicationStartForm.field(none, "callKey").path("values").size()).isZero();
    assertThat(ApplicationStartForm.field(none, "callKey").path("description").asText())
        .startsWith("Yhtään hakua ei ole nyt auki");
  }

  @Test
  void otherFormsAreNotTouched() throws IOException {
    JsonNode other = JSON.readTree(Path.of("forms/grant-call-start.form").toFile());
    assertThat(ApplicationStartForm.isApplicationStartForm(other)).isFalse();
    assertThat(ApplicationStartForm.isApplicationStartForm(form())).isTrue();
  }

  /** Rule ids belong in descriptions (in parentheses), never in a label (issue 10.3). */
  @Test
  void noRuleIdsInLabels() throws IOException {
    form().findValues("label").forEach(label ->
        assertThat(label.asText()).doesNotContainPattern("\\bE\\d{1,2}\\b"));
  }
}
