package fi.avustukset.grant.application.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import org.springframework.stereotype.Component;

/** Staff read every application; an applicant only their own organisation's. */
@Component
public class ApplicationAccess {

  private final CurrentUser currentUser;

  public ApplicationAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public boolean mayRead(GrantApplication application) {
    if (!currentUser.isApplicantOnly() && !currentUser.groups().isEmpty()) {
      return true;
    }
    return currentUser.isIn(Groups.APPLICANTS)
        && currentUser.organizationBusinessIds().contains(application.getBusinessId());
  }

  public void requireRead(GrantApplication application) {
    if (!mayRead(application)) {
      throw new ForbiddenException("Ei oikeutta hakemuksen " + application.getApplicationNumber()
          + " tietoihin");
    }
  }
}
