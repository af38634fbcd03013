package fi.avustukset.platform.security;

import fi.avustukset.platform.identity.Groups;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator}: a member of the staff or of {@code camunda-admin} (webapp session or HTTP
 * Basic, throttled like every password check) is the request's principal, so that
 * {@code /actuator/health} shows its components and details to staff only
 * ({@code management.endpoint.health.show-details: when-authorized}); anyone else gets just
 * {@code {"status":"UP"}}. Nothing is refused here.
 */
public class StaffPrincipalFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final ApiAuthenticationFilter logins;
  private final LoginThrottle throttle;

  public StaffPrincipalFilter(IdentityService identityService, ApiAuthenticationFilter logins,
      LoginThrottle throttle) {
    this.identityService = identityService;
    this.logins = logins;
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String user = logins.sessionUser(request);
    String[] basic = ApiAuthenticationFilter.basicCredentials(request.getHeader("Authorization"));
    if (user == null && basic != null) {
      String client = request.getRemoteAddr();
      if (throttle.secondsToWait(client, basic[0]) == 0) {
        if (identityService.checkPassword(basic[0], basic[1])) {
          throttle.succeeded(client, basic[0]);
          user = basic[0];
        } else {
          throttle.failed(client, basic[0]);
        }
      }
    }
    if (user != null && isStaff(user)) {
      String name = user;
      Principal principal = () -> name;
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public Principal getUserPrincipal() {
          return principal;
        }

        @Override
        public String getRemoteUser() {
          return name;
        }

        @Override
        public boolean isUserInRole(String role) {
          return true;
        }
      }, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isStaff(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .anyMatch(g -> Groups.STAFF.contains(g.getId()) || Groups.CAMUNDA_ADMIN.equals(g.getId()));
  }
}
