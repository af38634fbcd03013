package fi.avustukset.grant.attachment.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may read and add the files of an application: reading as the application itself
 * ({@link ApplicationAccess}: staff, and the applicant only its own organisation's; a person who
 * has declared a conflict of interest with the applicant, E11, sees none); adding: the
 * applicant organisation, or a preparer on its behalf (a file that came by post).
 */
@Component
public class AttachmentAccess {

  private final ApplicationAccess applicationAccess;
  private final CurrentUser currentUser;

  public AttachmentAccess(ApplicationAccess applicationAccess, CurrentUser currentUser) {
    this.applicationAccess = applicationAccess;
    this.currentUser = currentUser;
  }

  public boolean mayRead(GrantApplication application) {
    return applicationAccess.mayRead(application);
  }

  public void requireRead(GrantApplication application) {
    applicationAccess.requireRead(application);
  }

  public boolean mayAdd(GrantApplication application) {
    if (!mayRead(application)) {
      return false;
    }
    boolean ownOrganisation = currentUser.isIn(Groups.APPLICANTS)
        && currentUser.organizationBusinessIds().contains(application.getBusinessId());
    return ownOrganisation || currentUser.isIn(Groups.GRANT_SECRETARY);
  }

  public void requireAdd(GrantApplication application) {
    requireRead(application);
    if (!mayAdd(application)) {
      throw new ForbiddenException("Liitteitä lisää hakijaorganisaatio tai valmistelija;"
          + " sinulla on oikeus vain lukea hakemuksen " + application.getApplicationNumber()
          + " liitteitä.");
    }
  }
}
