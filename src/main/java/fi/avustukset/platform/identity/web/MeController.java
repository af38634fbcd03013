package fi.avustukset.platform.identity.web;

import fi.avustukset.platform.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the authenticated user, groups and organisations (Y-tunnus). */
@RestController
public class MeController {

  private final CurrentUser currentUser;

  public MeController(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public record Me(String userId, List<String> groups, List<String> organizations) {}

  @GetMapping("/api/me")
  public Me me() {
    return new Me(currentUser.userId(), currentUser.groups(),
        currentUser.organizationBusinessIds());
  }
}
