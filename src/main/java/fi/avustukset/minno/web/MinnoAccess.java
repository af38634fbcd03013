package fi.avustukset.minno.web;

import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.minno.domain.Registration;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with MINNO rounds: the coordinator (and admins) everything; the university
 * and managers read registrations and summaries; the university also gives feedback; an
 * applicant registers only their own organisation and sees only its registrations.
 */
@Component
public class MinnoAccess {

  private final CurrentUser currentUser;
  private final IdentityService identityService;

  public MinnoAccess(CurrentUser currentUser, IdentityService identityService) {
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  /** An organisation an applicant acts for: its Y-tunnus and name (from its Camunda group). */
  public record Organization(String businessId, String name) {}

  public String userId() {
    return currentUser.userId();
  }

  public boolean isCoordinator() {
    return currentUser.isIn(Groups.MINNO_COORDINATOR, Groups.CAMUNDA_ADMIN);
  }

  public boolean isReader() {
    return currentUser.isIn(Groups.MINNO_COORDINATOR, Groups.UNIVERSITY, Groups.MANAGERS,
        Groups.CAMUNDA_ADMIN);
  }

  public void requireReader() {
    if (!isReader()) {
      throw new ForbiddenException("Vain MINNO-koordinaattori, korkeakoulu ja johto näkevät kierroksen tiedot");
    }
  }

  public void requireCoordinator() {
    if (!isCoordinator()) {
      throw new ForbiddenException("Vain MINNO-koordinaattori voi tehdä tämän");
    }
  }

  public void requireFeedbackGiver() {
    if (!currentUser.isIn(Groups.MINNO_COORDINATOR, Groups.UNIVERSITY, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Palautetta kirjaavat MINNO-koordinaattori ja korkeakoulu");
    }
  }

  /**
   * The organisation a registration is made for: the coordinator registers any NGO (its own
   * support-function challenges too, M3); an applicant only their own organisation, whose name
   * is taken from its group when none is given.
   */
  public Organization registrant(String organizationName) {
    if (isCoordinator()) {
      return new Organization(null, organizationName);
    }
    if (!currentUser.isIn(Groups.APPLICANTS)) {
      throw new ForbiddenException("Ilmoittautua voivat järjestöt (hakijat) ja MINNO-koordinaattori");
    }
    List<Organization> own = ownOrganizations();
    if (own.isEmpty()) {
      throw new ForbiddenException("Käyttäjä ei kuulu mihinkään järjestöön");
    }
    if (organizationName == null || organizationName.isBlank()) {
      if (own.size() == 1) {
        return own.get(0);
      }
      throw new InvalidInputException("organizationName", "valitse, minkä järjestösi puolesta ilmoittaudut");
    }
    String wanted = normalized(organizationName);
    return own.stream().filter(o -> normalized(o.name()).equals(wanted)).findFirst()
        .orElseThrow(() -> new ForbiddenException("Voit ilmoittaa vain oman järjestösi ("
            + String.join(", ", own.stream().map(Organization::name).toList()) + ")"));
  }

  /** The organisations the user may register for (an applicant's own; none for staff). */
  public List<Organization> organizations() {
    return currentUser.isIn(Groups.APPLICANTS) ? ownOrganizations() : List.of();
  }

  /** Whether the user may register an NGO at all (an applicant or the coordinator). */
  public boolean mayRegister() {
    return isCoordinator() || currentUser.isIn(Groups.APPLICANTS);
  }

  /** Staff see every registration, an applicant only their organisations'. */
  public boolean maySee(Registration registration) {
    if (isReader()) {
      return true;
    }
    return registration.getBusinessId() != null
        && currentUser.organizationBusinessIds().contains(registration.getBusinessId());
  }

  public void requireRegistrationsReader() {
    if (!isReader() && !currentUser.isIn(Groups.APPLICANTS)) {
      throw new ForbiddenException("Ei oikeutta MINNO-ilmoittautumisiin");
    }
  }

  /**
   * The user's organisations with their names. Applicants may not read groups in Camunda, so
   * the names of their own groups are looked up without the caller's authentication.
   */
  private List<Organization> ownOrganizations() {
    List<String> ids = currentUser.groups().stream()
        .filter(g -> Organizations.businessId(g).isPresent()).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return identityService.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list()
          .stream()
          .map(g -> new Organization(Organizations.businessId(g.getId()).get(),
              g.getName() == null ? g.getId() : g.getName()))
          .toList();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static String normalized(String name) {
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
