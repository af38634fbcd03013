package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.platform.web.FormGuard;
import java.net.URI;
import java.util.function.Supplier;
import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Posts an HTML form as a browser on the same site does: with the user's {@code _csrf} token
 * (what {@code ${@formGuard.token()}} puts on the user's pages) and the Origin of the test server,
 * as a demo user (password = user id); a 303 of a successful post is seen as such and then
 * followed to the page it leads to. {@link #assertForgeriesRefused} posts the same form as a
 * forging site would (no token, a wrong or another user's token, another site's Origin or
 * Referer) and checks each is refused with nothing stored.
 */
public final class FormPosts {

  private final int port;
  private final FormGuard formGuard;

  public FormPosts(int port, FormGuard formGuard) {
    this.port = port;
    this.formGuard = formGuard;
  }

  /** What the browser ends up with: the page after the redirect, or the refused form. */
  public record Result(HttpStatus status, boolean redirected, String location, String body) {}

  /** A client that never follows redirects and never throws on 4xx/5xx. */
  RestTemplate client(String user) {
    RestTemplate t = new RestTemplate(new JdkClientHttpRequestFactory(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build()));
    t.getInterceptors().add(new BasicAuthenticationInterceptor(user, user));
    t.setErrorHandler(new DefaultResponseErrorHandler() {
      @Override
      public boolean hasError(org.springframework.http.client.ClientHttpResponse response) {
        return false;
      }
    });
    t.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory(
        "http://localhost:" + port));
    return t;
  }

  /** The form as the user's browser posts it from the page (token and Origin of this site). */
  public Result post(String user, String url, MultiValueMap<String, String> form) {
    return send(user, url, withToken(form, formGuard.tokenFor(user)), false, sameSite());
  }

  /** The upload form ({@code multipart/form-data}, field {@code file}) with the user's token. */
  public Result upload(String user, String url, String fileName, byte[] content) {
    return send(user, url, multipart(fileName, content, formGuard.tokenFor(user)), true,
        sameSite());
  }

  /** A post from another site (even with the user's token, which it cannot know anyway). */
  public HttpStatus postFrom(String origin, String user, String url,
      MultiValueMap<String, String> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ORIGIN, origin);
    return send(user, url, withToken(form, formGuard.tokenFor(user)), false, headers)
        .status();
  }

  /**
   * The form (fields as the page would post them, without {@code _csrf}) as a forging page or
   * a stale tab sends it: without a token, with a made-up one, with another user's token, and
   * with the user's token from another site's Origin or Referer. Each is 403 with the Finnish
   * sentence (a page for the browser, problem JSON for a program) and {@code stored} (what the
   * post would change) stays as it was. A multipart form ({@code fileName} not null) is the
   * upload with {@code content} as its file.
   */
  public void assertForgeriesRefused(String user, String url, MultiValueMap<String, String> form,
      String fileName, byte[] content, Supplier<?> stored) {
    Object before = stored.get();
    String own = formGuard.tokenFor(user);
    String other = formGuard.tokenFor("secretary".equals(user) ? "manager" : "secretary");
    HttpHeaders html = sameSite();
    html.setAccept(java.util.List.of(MediaType.TEXT_HTML));
    HttpHeaders json = sameSite();
    // a program that prefers JSON (an HTML-only form endpoint still matches by text/html)
    json.set(HttpHeaders.ACCEPT, "application/json, text/html;q=0.5");
    HttpHeaders evilOrigin = new HttpHeaders();
    evilOrigin.set(HttpHeaders.ORIGIN, "https://evil.example");
    HttpHeaders evilReferer = new HttpHeaders();
    evilReferer.set(HttpHeaders.REFERER, "https://evil.example/lomake.html");
    String noToken = "Lomakkeen tarkiste puuttuu tai on vanhentunut";
    String crossSite = "Lomake lähetettiin toiselta sivustolta";
    record Forgery(String what, String token, HttpHeaders headers, String sentence) {}
    for (Forgery f : java.util.List.of(
        new Forgery("no token", null, html, noToken),
        new Forgery("no token (program)", null, json, noToken),
        new Forgery("made-up token", "AAAA" + own.substring(4), html, noToken),
        new Forgery("another user's token", other, html, noToken),
        new Forgery("empty token", "", html, noToken),
        new Forgery("other site's Origin", own, evilOrigin, crossSite),
        new Forgery("other site's Referer", own, evilReferer, crossSite))) {
      boolean upload = fileName != null;
      MultiValueMap<String, ?> body = upload ? multipart(fileName, content, f.token())
          : withToken(form, f.token());
      Result r = send(user, url, body, upload, f.headers());
      assertThat(r.status()).as(f.what() + " → 403 " + url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(r.body()).as(f.what() + ": Finnish sentence").contains(f.sentence());
      if (f.headers() == json) {
        assertThat(r.body()).as("problem JSON for a program").contains("\"detail\"");
      } else if (f.headers() == html) {
        assertThat(r.body()).as("a page for the browser").contains("<html");
      }
      assertThat(stored.get()).as(f.what() + ": nothing stored by " + url).isEqualTo(before);
    }
  }

  private Result send(String user, String url, MultiValueMap<String, ?> body, boolean upload,
      HttpHeaders headers) {
    headers.setContentType(upload ? MediaType.MULTIPART_FORM_DATA
        : MediaType.APPLICATION_FORM_URLENCODED);
    RestTemplate client = client(user);
    return follow(client, client.postForEntity(url, new HttpEntity<>(body, headers), String.class));
  }

  private static MultiValueMap<String, String> withToken(MultiValueMap<String, String> form,
      String token) {
    MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(form);
    copy.remove(FormGuard.PARAMETER);
    if (token != null) {
      copy.add(FormGuard.PARAMETER, token);
    }
    return copy;
  }

  private static MultiValueMap<String, Object> multipart(String fileName, byte[] content,
      String token) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (token != null) {
      parts.add(FormGuard.PARAMETER, token);
    }
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType("text/csv"));
    partHeaders.setContentDispositionFormData("file", fileName);
    parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, partHeaders));
    return parts;
  }

  private Result follow(RestTemplate client, ResponseEntity<String> response) {
    HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
    if (status == HttpStatus.SEE_OTHER) {
      URI location = response.getHeaders().getLocation();
      assertThat(location).isNotNull();
      String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
      ResponseEntity<String> page = client.getForEntity(URI.create("http://localhost:" + port + path),
          String.class);
      return new Result(HttpStatus.valueOf(page.getStatusCode().value()), true, path, page.getBody());
    }
    return new Result(status, false, null, response.getBody());
  }

  private HttpHeaders sameSite() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ORIGIN, "http://localhost:" + port);
    return headers;
  }

  public static MultiValueMap<String, String> form(String... nameValues) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      form.add(nameValues[i], nameValues[i + 1]);
    }
    return form;
  }
}
