package fi.avustukset.platform.security;

import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.identity.Organizations;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user authenticated for the current request (set by the authentication filters). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication());
  }

  public String userId() {
    return authentication().map(Authentication::getUserId).orElse(null);
  }

  public List<String> groups() {
    return authentication().map(Authentication::getGroupIds).orElse(List.of());
  }

  public boolean isIn(String... groupIds) {
    List<String> mine = groups();
    for (String groupId : groupIds) {
      if (mine.contains(groupId)) {
        return true;
      }
    }
    return false;
  }

  /** True when the user acts only for applicant organisations (no staff or admin role). */
  public boolean isApplicantOnly() {
    List<String> mine = groups();
    return mine.contains(Groups.APPLICANTS) && mine.stream()
        .noneMatch(g -> Groups.STAFF.contains(g) || Groups.CAMUNDA_ADMIN.equals(g));
  }

  /** Y-tunnus of the organisations the user belongs to. */
  public List<String> organizationBusinessIds() {
    return groups().stream().map(Organizations::businessId).flatMap(Optional::stream).toList();
  }
}
