package fi.avustukset.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.platform.identity.Groups;
import fi.avustukset.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 9.1: a production install (profile {@code postgres}, no demo users) must give nobody
 * anonymous a way to become administrator through Camunda Admin's initial-user setup. The
 * application gets its own database and context; the test removes the last administrator's
 * membership, the state in which Camunda itself opens the setup, and then tries the takeover
 * exactly as the Admin webapp's setup page does (XSRF cookie from a GET, then the POST).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    // An engine of its own name: the shared demo context of the other ITs keeps "default" in
    // Camunda's engine registry (same name here would replace it, and closing this context
    // would unregister it: "Process engine default not available" in every later IT).
    "camunda.bpm.process-engine-name=takeover",
    "grants.admin.id=firstadmin",
    "grants.admin.password=a-long-enough-secret"})
@ActiveProfiles("postgres")
@DirtiesContext
@Tag("postgres")
class TakeoverIT {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase db = TestDatabase.get().another("takeover");
    registry.add("spring.datasource.url", () -> db.url);
    registry.add("spring.datasource.username", () -> db.username);
    registry.add("spring.datasource.password", () -> db.password);
  }

  @Test
  void anonymousSetupOfTheFirstAdministratorIsRefused() throws Exception {
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(u -> u.getId()).containsExactly("firstadmin");
    // No administrator left (e.g. removed in Admin): Camunda would now open its setup page.
    identityService.deleteMembership("firstadmin", Groups.CAMUNDA_ADMIN);

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/camunda/app/admin/takeover/setup/")).GET()
        .build(), HttpResponse.BodyHandlers.ofString());
    List<String> cookies = page.headers().allValues("Set-Cookie");
    String xsrf = cookie(cookies, "XSRF-TOKEN");
    String session = cookie(cookies, "JSESSIONID");
    assertThat(xsrf).as("the webapp hands out its XSRF cookie: %s", cookies).isNotNull();

    String body = """
        {"profile":{"id":"intruder","firstName":"In","lastName":"Truder",
         "email":"intruder@example.org"},"credentials":{"password":"intruder-password-1"}}""";
    for (String path : List.of("/camunda/api/admin/setup/takeover/user/create",
        "/camunda/api/admin//setup/takeover/user/create",
        "/camunda/api/admin/%73etup/takeover/user/create",
        "/camunda/api/admin/setup;x=1/takeover/user/create")) {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("X-XSRF-TOKEN", xsrf)
          .header("Cookie", "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID="
              + session))
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as("%s answered %s", path, answer.body())
          .isGreaterThanOrEqualTo(400).isLessThan(500);
    }
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count())
        .isZero();
  }

  private static String cookie(List<String> setCookies, String name) {
    Pattern p = Pattern.compile("^" + name + "=([^;]*)");
    for (String c : setCookies) {
      Matcher m = p.matcher(c);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }
}
