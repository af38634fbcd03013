package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
 * Posts an HTML form as a browser on the same site does (Origin of the test server), as a demo
 * user (password = user id); a 303 of a successful post is seen as such and then followed to the
 * page it leads to.
 */
public final class FormPosts {

  private final int port;

  public FormPosts(int port) {
    this.port = port;
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

  public Result post(String user, String url, MultiValueMap<String, String> form) {
    HttpHeaders headers = origin();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    RestTemplate client = client(user);
    return follow(client, client.postForEntity(url, new HttpEntity<>(form, headers), String.class));
  }

  public Result upload(String user, String url, String fileName, byte[] content) {
    HttpHeaders headers = origin();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType("text/csv"));
    partHeaders.setContentDispositionFormData("file", fileName);
    parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, partHeaders));
    RestTemplate client = client(user);
    return follow(client, client.postForEntity(url, new HttpEntity<>(parts, headers), String.class));
  }

  /** A post from another site. */
  public HttpStatus postFrom(String origin, String user, String url,
      MultiValueMap<String, String> form) {
    RestTemplate client = client(user);
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ORIGIN, origin);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return HttpStatus.valueOf(client.postForEntity(url, new HttpEntity<>(form, headers),
        String.class).getStatusCode().value());
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

  private HttpHeaders origin() {
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
