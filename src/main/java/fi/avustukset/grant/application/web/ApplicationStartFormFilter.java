package fi.avustukset.grant.application.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.grant.application.web.ApplicationStartForm.Organisation;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.platform.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the application start form personalised ({@link ApplicationStartForm}): Tasklist
 * loads a start event's Camunda Form from {@code …/process-definition/{id}/deployed-start-form}
 * (webapp API and engine-rest alike) and gives it no form variables, so the open calls and the
 * applicant's organisation go into the form definition on its way out. Other forms pass
 * unchanged. Registered after the authentication filters, so the engine knows the user.
 */
public class ApplicationStartFormFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApplicationStartFormFilter.class);

  private final GrantCallService calls;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final ProcessEngineConfiguration engineConfiguration;
  private final ObjectMapper json;
  private final String engineName;

  public ApplicationStartFormFilter(GrantCallService calls, CurrentUser currentUser,
      IdentityService identityService, ProcessEngineConfiguration engineConfiguration,
      String engineName, ObjectMapper json) {
    this.engineName = engineName;
    this.calls = calls;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !request.getRequestURI().endsWith("/deployed-start-form")
        || !request.getRequestURI().contains("/process-definition/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    // Read who is asking while the authentication filters' context is still in force.
    Optional<Organisation> organisation = organisation(userId(request));
    chain.doFilter(request, wrapper);
    byte[] body = wrapper.getContentAsByteArray();
    if (wrapper.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
      try {
        JsonNode form = json.readTree(body);
        if (ApplicationStartForm.isApplicationStartForm(form) && form instanceof ObjectNode o) {
          byte[] personalised = json.writeValueAsBytes(
              ApplicationStartForm.personalise(o, calls.acceptingApplications(), organisation));
          wrapper.resetBuffer();
          wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
          wrapper.getOutputStream().write(personalised);
        }
      } catch (IOException e) {
        // Not JSON (or not a form): pass it on as it came.
        log.debug("deployed start form left as is: {}", e.getMessage());
      }
    }
    wrapper.copyBodyToResponse();
  }

  /**
   * Who asks: the engine's current authentication (engine-rest, HTTP Basic) or the webapps'
   * session login (Tasklist calls the webapps' engine API).
   */
  String userId(HttpServletRequest request) {
    String userId = currentUser.userId();
    HttpSession session = request.getSession(false);
    if (userId == null && session != null) {
      var login = AuthenticationUtil.getAuthsFromSession(session)
          .getAuthenticationForProcessEngine(engineName);
      userId = login == null ? null : login.getIdentityId();
    }
    return userId;
  }

  /** The organisation of a user who belongs to exactly one organisation group. */
  Optional<Organisation> organisation(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    // Applicants may not read groups; their own organisation's name is theirs to see.
    List<Group> organisations = ((ProcessEngineConfigurationImpl) engineConfiguration)
        .getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> identityService.createGroupQuery().groupMember(userId)
                .groupType(Groups.ORGANIZATION_TYPE).list()))
        .stream().filter(g -> Organizations.businessId(g.getId()).isPresent()).toList();
    if (organisations.size() != 1) {
      return Optional.empty();
    }
    Group group = organisations.get(0);
    return Optional.of(new Organisation(group.getName(),
        Organizations.businessId(group.getId()).orElseThrow()));
  }
}
