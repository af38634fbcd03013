package fi.avustukset.platform.security;

import fi.avustukset.platform.web.BufferedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@link LoginThrottle} for the password checks Camunda makes itself: HTTP Basic on
 * {@code /engine-rest} and the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}). The login form gets a
 * Finnish {@code message} in its 401/429 answer, which the webapps show under "Login failed".
 * An administrator's "Unlock user" or password change (engine-rest or Camunda Admin) clears
 * the user's throttling.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

  private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+/?");
  private static final Pattern UNLOCK = Pattern.compile(".*/user/([^/]+)/(unlock|credentials)/?");
  private static final int MAX_LOGIN_BODY = 16 * 1024;

  private final LoginThrottle throttle;

  public LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches()) {
      webappLogin(request, response, chain);
      return;
    }
    String client = request.getRemoteAddr();
    String[] basic = path.startsWith("/engine-rest/")
        ? ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization")) : null;
    if (basic != null) {
      long wait = throttle.secondsToWait(client, basic[0]);
      if (wait > 0) {
        tooMany(response, wait, true);
        return;
      }
    }
    chain.doFilter(request, response);
    if (basic != null) {
      if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
        throttle.failed(client, basic[0]);
      } else {
        throttle.succeeded(client, basic[0]);
      }
    }
    Matcher unlock = UNLOCK.matcher(path);
    if (unlock.matches() && response.getStatus() / 100 == 2
        && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()))) {
      throttle.unlock(URLDecoder.decode(unlock.group(1), StandardCharsets.UTF_8));
    }
  }

  private void webappLogin(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_BODY + 1);
    if (body.length > MAX_LOGIN_BODY) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    BufferedRequest buffered = new BufferedRequest(request, body);
    String user = buffered.getParameter("username");
    String client = request.getRemoteAddr();
    if (user != null) {
      long wait = throttle.secondsToWait(client, user);
      if (wait > 0) {
        tooMany(response, wait, false);
        return;
      }
    }
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response) {
      // Jersey answers an empty 401 with sendError, which would dispatch to Spring Boot's
      // error page; the status is kept here and the Finnish message written below instead.
      @Override
      public void sendError(int sc) {
        setStatus(sc);
      }

      @Override
      public void sendError(int sc, String msg) {
        setStatus(sc);
      }
    };
    chain.doFilter(buffered, cached);
    if (user != null && cached.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      long wait = throttle.failed(client, user);
      cached.resetBuffer();
      cached.setContentType(MediaType.APPLICATION_JSON_VALUE);
      cached.setCharacterEncoding(StandardCharsets.UTF_8.name());
      String message = wait > 0
          ? LoginThrottle.WRONG_PASSWORD + " " + LoginThrottle.waitMessage(wait)
          : LoginThrottle.WRONG_PASSWORD;
      cached.getWriter().write(json(401, message));
      cached.getWriter().flush();
    } else if (user != null && cached.getStatus() < 400) {
      throttle.succeeded(client, user);
    } else if (cached.getStatus() >= 400 && cached.getContentSize() == 0) {
      cached.setContentType(MediaType.APPLICATION_JSON_VALUE);
      cached.setCharacterEncoding(StandardCharsets.UTF_8.name());
      cached.getWriter().write(json(cached.getStatus(), cached.getStatus() == 403
          ? "Sinulla ei ole oikeutta tähän sovellukseen." : "Kirjautuminen ei onnistunut."));
      cached.getWriter().flush();
    }
    cached.copyBodyToResponse();
  }

  static void tooMany(HttpServletResponse response, long wait, boolean problem)
      throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(wait));
    response.setContentType(problem ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
        : MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json(429, LoginThrottle.waitMessage(wait)));
  }

  /** Problem JSON that also carries {@code message}, the field the webapps display. */
  static String json(int status, String message) {
    String title = status == 429 ? "Liian monta yritystä" : status == 403 ? "Ei käyttöoikeutta"
        : "Kirjautuminen epäonnistui";
    String m = message.replace("\\", "\\\\").replace("\"", "\\\"");
    return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + m + "\",\"message\":\"" + m + "\"}";
  }

  /** The login form's body, read once here and again by the webapp's login resource. */
  static final class BufferedRequest extends BufferedBodyRequest {
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request, body);
      Map<String, List<String>> all = new LinkedHashMap<>();
      add(all, request.getQueryString());
      add(all, new String(body, StandardCharsets.UTF_8));
      all.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
    }

    private static void add(Map<String, List<String>> all, String encoded) {
      if (encoded == null || encoded.isEmpty()) {
        return;
      }
      for (String pair : encoded.split("&")) {
        int eq = pair.indexOf('=');
        try {
          String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          all.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        } catch (IllegalArgumentException ignored) {
          // a malformed pair is left to the webapp to refuse
        }
      }
    }

    @Override
    public String getParameter(String name) {
      String[] v = parameters.get(name);
      return v == null || v.length == 0 ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
