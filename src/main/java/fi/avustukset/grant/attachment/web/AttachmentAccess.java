package fi.avustukset.grant.attachment.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may read and add the files of an application: reading as the application itself
 * ({@link ApplicationAccess}: staff, and the applicant only its own organisation's), except a
 * person who has declared a conflict of interest with the applicant (E11), who sees none;
 * adding: the applicant organisation, or a preparer on its behalf (a file that came by post).
 */
@Component
public class AttachmentAccess {

  private final ApplicationAccess applicationAccess;
  private final ConflictService conflicts;
  private final CurrentUser currentUser;

  public AttachmentAccess(ApplicationAccess applicationAccess, ConflictService conflicts,
      CurrentUser currentUser) {
    this.applicationAccess = applicationAccess;
    this.conflicts = conflicts;
    this.currentUser = currentUser;
  }

  public boolean mayRead(GrantApplication application) {
    return applicationAccess.mayRead(application) && !conflicted(application);
  }

  public void requireRead(GrantApplication application) {
    applicationAccess.requireRead(application);
    if (conflicted(application)) {
      throw new ForbiddenException("Olet esteellinen hakijan " + application.getOrganizationName()
          + " asioissa (E11); hakemuksen " + application.getApplicationNumber()
          + " liitteet eivät näy sinulle.");
    }
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

  private boolean conflicted(GrantApplication application) {
    return conflicts.isConflicted(currentUser.userId(), application.getBusinessId());
  }
}
