package fi.avustukset.platform.identity;

import static fi.avustukset.platform.identity.Groups.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users of CONTRACT.md, created only in the demo profile (the default when no profile is
 * given). Each password is the user id, the Camunda demo convention. No other profile creates
 * users with known passwords.
 */
@Component
@Profile("demo")
@Order(2)
public class DemoIdentity implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

  /** Two applicant organisations with valid (fictional) Y-tunnus. */
  public static final DemoOrganization ORGANIZATION_1 =
      new DemoOrganization("1234567-1", "Savon Mielenterveysyhdistys ry");
  public static final DemoOrganization ORGANIZATION_2 =
      new DemoOrganization("2345678-0", "Kuopion Seudun Omaishoitajat ry");

  record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  public record DemoOrganization(String businessId, String name) {
    public String groupId() {
      return Organizations.groupId(businessId);
    }
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("secretary", "Sanna", "Sihteeri", List.of(GRANT_SECRETARY)),
      new DemoUser("servicearea", "Pekka", "Palvelualue", List.of(SERVICE_AREA)),
      new DemoUser("reviewer1", "Aino", "Arvioija", List.of(REVIEWERS)),
      new DemoUser("reviewer2", "Eero", "Arvioija", List.of(REVIEWERS)),
      new DemoUser("committee1", "Jaana", "Jaosto", List.of(COMMITTEE)),
      new DemoUser("board1", "Hannu", "Hallitus", List.of(REGIONAL_BOARD)),
      new DemoUser("applicant1", "Helmi", "Hakija",
          List.of(APPLICANTS, ORGANIZATION_1.groupId())),
      new DemoUser("applicant2", "Otto", "Omainen",
          List.of(APPLICANTS, ORGANIZATION_2.groupId())),
      new DemoUser("coordinator", "Kaisa", "Koordinaattori", List.of(MINNO_COORDINATOR)),
      new DemoUser("university", "Mikko", "Metropolia", List.of(UNIVERSITY)),
      new DemoUser("manager", "Johanna", "Johtaja", List.of(MANAGERS)),
      new DemoUser("designer", "Seppo", "Suunnittelija", List.of(PROCESS_DESIGNERS)),
      new DemoUser("admin", "Aila", "Ylläpitäjä", List.of(CAMUNDA_ADMIN)));

  private final IdentityService identityService;

  public DemoIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoOrganization organization : List.of(ORGANIZATION_1, ORGANIZATION_2)) {
      if (identityService.createGroupQuery().groupId(organization.groupId()).count() == 0) {
        Group group = identityService.newGroup(organization.groupId());
        group.setName(organization.name());
        group.setType(ORGANIZATION_TYPE);
        identityService.saveGroup(group);
      }
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.invalid");
        user.setPassword(demo.id());
        identityService.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
    }
    log.warn("DEMO profile: {} demo users exist with password = user id. Never use in production.",
        USERS.size());
  }
}
