package fi.avustukset.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production install comes from the environment
 * ({@code GRANTS_ADMIN_ID}, {@code GRANTS_ADMIN_PASSWORD}), never from code. Refuses to start
 * with an id but no password, so no admin ever gets a guessable password. Outside the demo
 * profile it also refuses to start when no administrator exists and none is given: an install
 * without an administrator would be one whose Camunda Admin setup page makes the first visitor
 * administrator (that page is closed too, see SetupGuardFilter).
 */
@Component
@Order(3)
public class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final IdentityService identityService;
  private final String adminId;
  private final String adminPassword;
  private final boolean demo;

  public AdminBootstrap(IdentityService identityService, Environment environment,
      @Value("${grants.admin.id:}") String adminId,
      @Value("${grants.admin.password:}") String adminPassword) {
    this.identityService = identityService;
    this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (adminId.isBlank()) {
      if (!demo && identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN)
          .count() == 0) {
        throw new IllegalStateException("No administrator: set GRANTS_ADMIN_ID and"
            + " GRANTS_ADMIN_PASSWORD for the first start of an install without the demo profile"
            + " (README \"Security\")");
      }
      return;
    }
    if (adminPassword.isBlank() || adminPassword.equals(adminId) || adminPassword.length() < 12) {
      throw new IllegalStateException("GRANTS_ADMIN_PASSWORD must be set, at least 12 characters"
          + " and differ from the user id when GRANTS_ADMIN_ID is set");
    }
    if (identityService.createUserQuery().userId(adminId).count() == 0) {
      User user = identityService.newUser(adminId);
      user.setFirstName("Ylläpitäjä");
      user.setLastName(adminId);
      user.setPassword(adminPassword);
      identityService.saveUser(user);
      identityService.createMembership(adminId, Groups.CAMUNDA_ADMIN);
      log.info("Administrator '{}' created from the environment", adminId);
    }
  }
}
