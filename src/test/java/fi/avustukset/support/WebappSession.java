package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session of the Camunda webapps as Tasklist holds it: the login form of Tasklist
 * ({@code /camunda/api/admin/auth/user/default/login/tasklist}), the session cookie, and the
 * XSRF-TOKEN cookie sent back as the X-XSRF-TOKEN header on every request — for calls of the
 * webapps' own engine API ({@code /camunda/api/engine/engine/default/…}).
 */
public final class WebappSession {

  static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: status and the JSON body (a missing node when empty or not JSON). */
  public record Answer(int status, JsonNode body, String text) {}

  private final int port;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  private WebappSession(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to Tasklist as the user (password = user id of the demo users). */
  public static WebappSession login(int port, String user) throws Exception {
    WebappSession session = new WebappSession(port);
    HttpResponse<String> page = session.http.send(session.request("/camunda/app/tasklist/default/")
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(session.xsrf()).as("XSRF-TOKEN cookie of the webapps").isNotNull();
    HttpResponse<String> login = session.http.send(session.request(
            "/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
        .header("X-XSRF-TOKEN", session.xsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
            + encode(user))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("login %s: %s", user, login.body()).isEqualTo(200);
    // the login starts a new session; its first GET hands out its XSRF token, as Tasklist's
    // first request after the login does
    Answer me = session.get("/camunda/api/admin/auth/user/default");
    assertThat(me.status()).as(me.text()).isEqualTo(200);
    return session;
  }

  public Answer get(String path) throws Exception {
    return answer(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
  }

  public Answer post(String path, Object body) throws Exception {
    return answer(http.send(request(path).header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, text/plain, */*");
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, last) -> last).orElse(null);
  }

  private static Answer answer(HttpResponse<String> response) {
    JsonNode body;
    try {
      body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
    } catch (Exception notJson) {
      body = JSON.missingNode();
    }
    return new Answer(response.statusCode(), body, response.body());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
