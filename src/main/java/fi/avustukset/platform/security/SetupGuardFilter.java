package fi.avustukset.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes Camunda Admin's "create initial user" setup ({@code /camunda/api/admin/setup/...}):
 * Camunda opens it to anyone anonymous whenever no member of {@code camunda-admin} exists, so
 * whoever reaches a fresh or admin-less install first would become its administrator. Outside
 * the demo profile the first administrator comes only from the environment
 * ({@code GRANTS_ADMIN_ID}, {@code GRANTS_ADMIN_PASSWORD}, see AdminBootstrap); this filter
 * answers 403 to every setup request, whatever the path's spelling (encoded characters,
 * doubled slashes, path parameters).
 */
public class SetupGuardFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SetupGuardFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (isSetupRequest(request)) {
      log.warn("Refused Camunda Admin setup request {} {} from {}", request.getMethod(),
          request.getRequestURI(), request.getRemoteAddr());
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\","
          + "\"status\":403,\"detail\":\"Ensimmäisen ylläpitäjän luonti selaimessa on suljettu."
          + " Ylläpitäjä annetaan ympäristömuuttujilla GRANTS_ADMIN_ID ja"
          + " GRANTS_ADMIN_PASSWORD.\",\"message\":\"Ensimmäisen ylläpitäjän luonti selaimessa"
          + " on suljettu.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isSetupRequest(HttpServletRequest request) {
    String mapped = (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return mentionsSetup(mapped) || mentionsSetup(request.getRequestURI());
  }

  /** True for any spelling of {@code .../api/admin/setup...}. */
  static boolean mentionsSetup(String path) {
    if (path == null) {
      return false;
    }
    String p = path;
    for (int i = 0; i < 3 && p.indexOf('%') >= 0; i++) {
      try {
        p = URLDecoder.decode(p.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return true; // undecodable: refuse rather than guess
      }
    }
    p = p.toLowerCase(Locale.ROOT).replace('\\', '/').replaceAll(";[^/]*", "")
        .replaceAll("/{2,}", "/");
    return p.contains("/api/admin/setup");
  }
}
