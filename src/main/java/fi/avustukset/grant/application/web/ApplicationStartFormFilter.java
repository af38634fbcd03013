package fi.avustukset.grant.application.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.grant.application.web.ApplicationStartForm.Organisation;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.platform.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

  public ApplicationStartFormFilter(GrantCallService calls, CurrentUser currentUser,
      IdentityService identityService, ProcessEngineConfiguration engineConfiguration,
      ObjectMapper json) {
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
    Optional<Organisation> organisation = organisation();
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

  /** The organisation of a user who belongs to exactly one organisation group. */
  Optional<Organisation> organisation() {
    List<String> groupIds = currentUser.groups().stream()
        .filter(g -> Organizations.businessId(g).isPresent()).toList();
    if (groupIds.size() != 1) {
      return Optional.empty();
    }
    String groupId = groupIds.get(0);
    // Applicants may not read groups; the user's own organisation's name is theirs to see.
    Group group = ((ProcessEngineConfigurationImpl) engineConfiguration).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(
            () -> identityService.createGroupQuery().groupId(groupId).singleResult()));
    String name = group == null ? null : group.getName();
    return Optional.of(new Organisation(name, Organizations.businessId(groupId).orElseThrow()));
  }
}
