package fi.avustukset.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Opens a real call the way staff do: the secretary drafts, a manager approves. */
public final class CallFixture {

  public static String openCall(PostgresIntegrationTest test, String name, String grantType,
      int appropriation) {
    var secretary = new EngineRestClient(test.as("secretary"));
    var manager = new EngineRestClient(test.as("manager"));
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    JsonNode call = secretary.start("grant-call", "callName", name, "grantType", grantType,
        "appropriation", appropriation, "applicationStart", today.toString(),
        "applicationDeadline", today.plusDays(30).toString());
    String instanceId = call.path("id").asText();
    String callKey = call.path("businessKey").asText();
    secretary.complete(secretary.tasks("processInstanceId=" + instanceId).get(0),
        "callDescription", "Testihaku " + name);
    Await.until("approval task of " + callKey, Duration.ofMinutes(3),
        () -> !manager.tasks("processInstanceId=" + instanceId).isEmpty());
    manager.complete(manager.tasks("processInstanceId=" + instanceId).get(0),
        "callApproval", "APPROVED");
    TestRestTemplate client = test.as("secretary");
    Await.until("call " + callKey + " open", Duration.ofMinutes(3), () -> "OPEN".equals(
        client.getForObject("/api/calls/" + callKey, JsonNode.class).path("status").asText()));
    return callKey;
  }

  /** A complete, eligible application of the demo organisation 1 or 2 (CONTRACT.md fields). */
  public static Map<String, Object> application(int organisation, String projectName,
      int requestedAmount) {
    Map<String, Object> m = new HashMap<>();
    m.put("organizationName", organisation == 1 ? "Savon Mielenterveysyhdistys ry"
        : "Kuopion Seudun Omaishoitajat ry");
    m.put("businessId", organisation == 1 ? "1234567-1" : "2345678-0");
    m.put("organizationType", "ASSOCIATION");
    m.put("projectName", projectName);
    m.put("targetGroup", "Alueen omaishoitajat ja mielenterveyskuntoutujat");
    m.put("openToWholeTargetGroup", true);
    m.put("strategyGoals", "Hyvinvointisuunnitelma: osallisuus ja mielen hyvinvointi");
    m.put("complementsServices", true);
    m.put("serviceDirectory", "HYVINVOINTITARJOTIN");
    m.put("municipalityCount", 6);
    m.put("wholeRegion", false);
    m.put("hasOtherFunding", true);
    m.put("requestedAmount", requestedAmount);
    m.put("durationYears", 1);
    m.put("contactEmail", contactEmail(organisation));
    return m;
  }

  /** The contact address (notifications) the fixture's applications of an organisation give. */
  public static String contactEmail(int organisation) {
    return organisation == 1 ? "toimisto@savonmieli.example" : "yhteys@kuopionomaishoitajat.example";
  }

  private CallFixture() {}
}
