package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A grant agreement of the demo organisation Savon Mielenterveysyhdistys ry started through
 * engine-rest as the final GRANTED decision starts it (operating grant, 30 000 €, one year), for
 * the tests of what follows a decision (change applications, agreements).
 */
public final class AgreementFixture {

  public static void start(TestRestTemplate secretary, String applicationNumber,
      String projectName, LocalDate decisionDate) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("applicationNumber", variable(applicationNumber, "String"));
    vars.put("callKey", variable(applicationNumber.substring(0,
        applicationNumber.lastIndexOf('-')), "String"));
    vars.put("grantType", variable("OPERATING_INNOVATION", "String"));
    vars.put("organizationName", variable("Savon Mielenterveysyhdistys ry", "String"));
    vars.put("businessId", variable("1234567-1", "String"));
    vars.put("applicantGroup", variable("org12345671", "String"));
    vars.put("projectName", variable(projectName, "String"));
    vars.put("grantedAmount", variable(30000.0, "Double"));
    vars.put("durationYears", variable(1, "Integer"));
    vars.put("decisionDate", variable(decisionDate.toString(), "String"));
    assertThat(secretary.postForEntity("/engine-rest/process-definition/key/grant-agreement/start",
        Map.of("businessKey", applicationNumber, "variables", vars), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** An engine-rest typed variable. */
  public static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private AgreementFixture() {}
}
