package fi.avustukset.grant.notification.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's contact address of an application, where the notifications go:
 * {@code GET|PUT /api/applications/{n}/contact-email} with {@code {"contactEmail": …}}. The
 * applicant organisation itself (and the grant secretaries) may change it; messages not sent
 * yet follow the new address.
 */
@RestController
public class ContactEmailController {

  private final ApplicationService applications;
  private final ApplicationAccess access;
  private final CurrentUser currentUser;
  private final Outbox outbox;
  private final AuditLog audit;

  public ContactEmailController(ApplicationService applications, ApplicationAccess access,
      CurrentUser currentUser, Outbox outbox, AuditLog audit) {
    this.applications = applications;
    this.access = access;
    this.currentUser = currentUser;
    this.outbox = outbox;
    this.audit = audit;
  }

  public record ContactEmail(String applicationNumber, String contactEmail) {}

  @GetMapping("/api/applications/{applicationNumber}/contact-email")
  @Transactional(readOnly = true)
  public ContactEmail get(@PathVariable String applicationNumber) {
    GrantApplication application = find(applicationNumber);
    access.requireRead(application);
    return new ContactEmail(applicationNumber, application.getContactEmail());
  }

  @PutMapping("/api/applications/{applicationNumber}/contact-email")
  @Transactional
  public ContactEmail change(@PathVariable String applicationNumber,
      @RequestBody(required = false) Map<String, Object> body) {
    GrantApplication application = find(applicationNumber);
    access.requireRead(application);
    boolean ownOrganisation = currentUser.isIn(Groups.APPLICANTS)
        && currentUser.organizationBusinessIds().contains(application.getBusinessId());
    if (!ownOrganisation && !currentUser.isIn(Groups.GRANT_SECRETARY, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Yhteysosoitetta voi muuttaa hakijaorganisaatio itse tai"
          + " järjestösihteeri");
    }
    if (body == null) {
      throw new InvalidInputException("contactEmail", "pakollinen tieto puuttuu");
    }
    for (String field : body.keySet()) {
      if (!"contactEmail".equals(field)) {
        throw new InvalidInputException(field, "tuntematon kenttä (sallittu: contactEmail)");
      }
    }
    List<FieldError> errors = new ArrayList<>();
    String email = fi.avustukset.grant.application.domain.ApplicationValidator
        .contactEmail(body, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String old = applications.changeContactEmail(applicationNumber, email);
    outbox.readdressUnsent(applicationNumber, old, email);
    if (!java.util.Objects.equals(old, email)) {
      audit.recordForApplicant(applicationNumber, currentUser.userId(), "Yhteysosoite muutettu",
          AuditLog.change("Sähköposti", old, email));
    }
    return new ContactEmail(applicationNumber, email);
  }

  private GrantApplication find(String applicationNumber) {
    return applications.find(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole"));
  }
}
