package fi.avustukset.platform.security;

import fi.avustukset.platform.web.ErrorPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication of {@code /api} against Camunda's identity service, two ways (CONTRACT
 * "Languages and browsers": one login):
 * <ul>
 *   <li>the webapps' session — a person logged in to Tasklist, Cockpit or Admin opens the
 *       project's pages without a second login;
 *   <li>HTTP Basic, for integrators and scripts, throttled per client and user
 *       ({@link LoginThrottle}: 429 with {@code Retry-After} while the client must wait).
 * </ul>
 * The authenticated user and groups (read anew from the identity service) are set on the
 * engine for the request, so every engine call a controller makes is authorization-checked as
 * that user; they are cleared afterwards. Without either, a browser gets the Finnish 401 page
 * with a link to the login (no Basic prompt), a program 401 problem JSON with the Basic
 * challenge.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String engineName;
  private final LoginThrottle throttle;
  private final ErrorPages pages;

  public ApiAuthenticationFilter(IdentityService identityService, String engineName,
      LoginThrottle throttle, ErrorPages pages) {
    this.identityService = identityService;
    this.engineName = engineName;
    this.throttle = throttle;
    this.pages = pages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String userId = null;
    String[] credentials = basicCredentials(request.getHeader("Authorization"));
    if (credentials != null) {
      String client = request.getRemoteAddr();
      long wait = throttle.secondsToWait(client, credentials[0]);
      if (wait > 0) {
        response.setHeader("Retry-After", Long.toString(wait));
        pages.write(request, response, 429, LoginThrottle.waitMessage(wait));
        return;
      }
      if (!identityService.checkPassword(credentials[0], credentials[1])) {
        wait = throttle.failed(client, credentials[0]);
        if (wait > 0) {
          response.setHeader("Retry-After", Long.toString(wait));
        }
        challenge(request, response, wait > 0
            ? LoginThrottle.WRONG_PASSWORD + " " + LoginThrottle.waitMessage(wait)
            : LoginThrottle.WRONG_PASSWORD);
        return;
      }
      throttle.succeeded(client, credentials[0]);
      userId = credentials[0];
    } else {
      userId = sessionUser(request);
    }
    if (userId == null) {
      challenge(request, response, null);
      return;
    }
    String user = userId;
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(user)
        .includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
    identityService.setAuthentication(user, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user logged in to the webapps in this browser session, or null. */
  String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      Authentication login = AuthenticationUtil.getAuthsFromSession(session)
          .getAuthenticationForProcessEngine(engineName);
      return login == null ? null : login.getIdentityId();
    } catch (IllegalStateException e) {
      return null; // the session was invalidated meanwhile
    }
  }

  private void challenge(HttpServletRequest request, HttpServletResponse response,
      String message) throws IOException {
    if (!ErrorPages.wantsHtml(request)) {
      // Programs may answer the challenge; a browser gets the login link instead of a prompt.
      response.setHeader("WWW-Authenticate", "Basic realm=\"grants\", charset=\"UTF-8\"");
    }
    pages.write(request, response, 401, message == null
        ? "Kirjaudu sisään: avaa Tasklist ja kirjaudu, tai käytä HTTP Basic -tunnistusta." : message);
  }

  static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
