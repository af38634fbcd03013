package fi.avustukset.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CONTRACT "Languages and browsers" and issue 9.5/9.8/10.4 through real HTTP: one login (the
 * webapps' session opens the project's pages), Finnish HTML error pages for browsers and
 * problem JSON for programs, login throttling without lock-out, security headers, health
 * details for staff only.
 */
class OneLoginIT extends PostgresIntegrationTest {

  static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Autowired
  IdentityService identityService;

  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
  }

  static String cookie(List<String> setCookies, String name) {
    Pattern p = Pattern.compile("^" + name + "=([^;]*)");
    for (String c : setCookies) {
      Matcher m = p.matcher(c);
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** Logs in as Tasklist's login form does; returns the Cookie header of the session. */
  private String webappLogin(String user, String password, int expectedStatus) throws Exception {
    HttpResponse<String> page = send(get("/camunda/app/tasklist/default/").header("Accept", BROWSER));
    List<String> cookies = page.headers().allValues("Set-Cookie");
    String xsrf = cookie(cookies, "XSRF-TOKEN");
    String session = cookie(cookies, "JSESSIONID");
    assertThat(xsrf).as("XSRF cookie of the webapps: %s", cookies).isNotNull();
    String cookieHeader = "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID=" + session);
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
        .header("Accept", "application/json, text/plain, */*")
        .header("X-XSRF-TOKEN", xsrf)
        .header("Cookie", cookieHeader)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user,
            StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password,
            StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).as("login answered %s", login.body()).isEqualTo(expectedStatus);
    String newSession = cookie(login.headers().allValues("Set-Cookie"), "JSESSIONID");
    return "JSESSIONID=" + (newSession != null ? newSession : session);
  }

  @Test
  void aWebappLoginOpensTheProjectsPagesWithoutASecondLogin() throws Exception {
    String session = webappLogin("secretary", "secretary", 200);
    HttpResponse<String> page = send(get("/api/applications.html").header("Accept", BROWSER)
        .header("Cookie", session));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("Kirjautunut:").contains("secretary");
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    // the same session also answers the JSON API as that user
    HttpResponse<String> me = send(get("/api/me").header("Accept", "application/json")
        .header("Cookie", session));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("secretary");
    // HTTP Basic keeps working for integrators
    assertThat(send(get("/api/me").header("Authorization", basic("secretary", "secretary")))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void browsersGetFinnishErrorPagesAndProgramsProblemJson() throws Exception {
    // 401: a page with the way to log in, no Basic prompt
    HttpResponse<String> anonymous = send(get("/api/applications.html").header("Accept", BROWSER));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(anonymous.body()).contains("<html lang=\"fi\"").contains("Kirjautuminen vaaditaan")
        .contains("href=\"/camunda/app/tasklist/\"").contains("site-header");
    // a program gets problem JSON and the Basic challenge
    HttpResponse<String> program = send(get("/api/applications").header("Accept", "application/json"));
    assertThat(program.statusCode()).isEqualTo(401);
    assertThat(program.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(program.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
    assertThat(program.body()).contains("\"status\":401").contains("Kirjaudu sisään");

    String secretary = basic("secretary", "secretary");
    // 404: unknown page and unknown call
    for (String path : List.of("/api/no-such-page.html", "/api/calls/NO-SUCH-CALL/proposal.html")) {
      HttpResponse<String> missing = send(get(path).header("Accept", BROWSER)
          .header("Authorization", secretary));
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
      assertThat(missing.body()).contains("<html lang=\"fi\"").contains("Virhekoodi 404")
          .doesNotContain("Whitelabel").doesNotContain("Exception");
      HttpResponse<String> json = send(get(path).header("Accept", "application/json")
          .header("Authorization", secretary));
      assertThat(json.statusCode()).isEqualTo(404);
      assertThat(json.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    // 403: an applicant opens the esityslista
    HttpResponse<String> forbidden = send(get("/api/calls/NO-SUCH-CALL/proposal.html")
        .header("Accept", BROWSER).header("Authorization", basic("applicant1", "applicant1")));
    assertThat(forbidden.statusCode()).isIn(403, 404);
    assertThat(forbidden.body()).contains("<html lang=\"fi\"");
    // 400: a bad parameter
    HttpResponse<String> bad = send(get("/api/projects/NO-SUCH/reports/annual.html?year=abc")
        .header("Accept", BROWSER).header("Authorization", secretary));
    assertThat(bad.statusCode()).isBetween(400, 404);
    assertThat(bad.body()).contains("<html lang=\"fi\"");
    // GET /error straight: not a 500
    HttpResponse<String> error = send(get("/error").header("Accept", "application/json"));
    assertThat(error.statusCode()).isEqualTo(404);
    HttpResponse<String> errorPage = send(get("/error").header("Accept", BROWSER));
    assertThat(errorPage.statusCode()).isEqualTo(404);
    assertThat(errorPage.body()).contains("Sivua ei löydy");
  }

  @Test
  void wrongPasswordsSlowTheClientDownButNeverLockTheUserOut() throws Exception {
    String user = "throttled" + System.nanoTime() % 100000;
    var u = identityService.newUser(user);
    u.setPassword("right-password-1");
    identityService.saveUser(u);
    // /api Basic: three free failures, then the client must wait (Retry-After, Finnish)
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> wrong = send(get("/api/me").header("Accept", "application/json")
          .header("Authorization", basic(user, "wrong")));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(wrong.body()).contains("Väärä käyttäjätunnus tai salasana");
    }
    HttpResponse<String> third = send(get("/api/me").header("Authorization", basic(user, "wrong")));
    assertThat(third.statusCode()).isEqualTo(401);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> waiting = send(get("/api/me").header("Accept", "application/json")
        .header("Authorization", basic(user, "right-password-1")));
    assertThat(waiting.statusCode()).isEqualTo(429);
    assertThat(waiting.headers().firstValue("Retry-After").orElse("")).matches("[1-9][0-9]*");
    assertThat(waiting.body()).contains("Liian monta epäonnistunutta kirjautumista");
    // engine-rest and the webapp login are throttled by the same count
    HttpResponse<String> engineRest = send(get("/engine-rest/task")
        .header("Authorization", basic(user, "right-password-1")));
    assertThat(engineRest.statusCode()).isEqualTo(429);
    assertThat(engineRest.headers().firstValue("Retry-After")).isPresent();
    // Camunda's own lock-out is off: the engine itself accepts the right password
    assertThat(identityService.checkPassword(user, "right-password-1")).isTrue();
    // an administrator's unlock lets every client try again at once
    HttpResponse<String> unlock = send(HttpRequest.newBuilder(URI.create("http://localhost:"
            + port + "/engine-rest/user/" + user + "/unlock"))
        .header("Authorization", basic("admin", "admin"))
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(unlock.statusCode()).isEqualTo(204);
    assertThat(send(get("/api/me").header("Authorization", basic(user, "right-password-1")))
        .statusCode()).isEqualTo(200);

    // the webapps' login form: a wrong password says so in Finnish, no "Unauthorized"
    String other = user + "w";
    var w = identityService.newUser(other);
    w.setPassword("right-password-2");
    identityService.saveUser(w);
    HttpResponse<String> page = send(get("/camunda/app/tasklist/default/").header("Accept", BROWSER));
    String xsrf = cookie(page.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
    String session = cookie(page.headers().allValues("Set-Cookie"), "JSESSIONID");
    HttpResponse<String> last = null;
    for (int i = 0; i < 4; i++) {
      last = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", xsrf)
          .header("Cookie", "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID=" + session))
          .POST(HttpRequest.BodyPublishers.ofString("username=" + other + "&password=wrong")));
      assertThat(last.statusCode()).as(last.body()).isIn(401, 429);
      assertThat(last.body()).contains("\"message\"").doesNotContain("Unauthorized\"");
    }
    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.body()).contains("Liian monta epäonnistunutta kirjautumista");
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void pagesAndApisCarrySecurityHeaders() throws Exception {
    String secretary = basic("secretary", "secretary");
    for (String path : List.of("/api/applications.html", "/api/me", "/api")) {
      HttpResponse<String> r = send(get(path).header("Accept", BROWSER).header("Authorization", secretary));
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("frame-ancestors 'none'").contains("default-src 'none'");
      assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }
    // the webapps keep the CSP their scripts need (Camunda's own), framing only by themselves
    HttpResponse<String> tasklist = send(get("/camunda/app/tasklist/default/").header("Accept", BROWSER));
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(tasklist.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src");
    assertThat(tasklist.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
  }

  @Test
  void healthShowsDetailsToStaffOnly() throws Exception {
    HttpResponse<String> anonymous = send(get("/actuator/health").header("Accept", "application/json"));
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components")
        .doesNotContain("db");
    HttpResponse<String> applicant = send(get("/actuator/health")
        .header("Authorization", basic("applicant1", "applicant1")));
    assertThat(applicant.body()).doesNotContain("components");
    HttpResponse<String> staff = send(get("/actuator/health")
        .header("Authorization", basic("secretary", "secretary")));
    assertThat(staff.body()).contains("components").contains("db");
    String session = webappLogin("admin", "admin", 200);
    HttpResponse<String> admin = send(get("/actuator/health").header("Cookie", session));
    assertThat(admin.body()).contains("components");
  }
}
