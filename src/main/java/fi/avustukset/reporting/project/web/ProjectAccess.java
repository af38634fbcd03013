package fi.avustukset.reporting.project.web;

import fi.avustukset.reporting.project.domain.FundedProject;

import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may see and change funded projects: staff who run grants and programmes
 * (grantSecretary, managers, minnoCoordinator, admins) everything; an applicant only the
 * projects of their own organisation (by Y-tunnus), read-only.
 */
@Component
public class ProjectAccess {

  private final CurrentUser currentUser;

  public ProjectAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public boolean isProjectStaff() {
    return currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.MINNO_COORDINATOR,
        Groups.CAMUNDA_ADMIN);
  }

  public void requireStaff() {
    if (!isProjectStaff()) {
      throw new ForbiddenException("Vain valmistelijat, johto ja ohjelmakoordinaattori"
          + " voivat ylläpitää projekteja");
    }
  }

  public void requireRead(FundedProject project) {
    if (isProjectStaff()) {
      return;
    }
    if (project.getBusinessId() != null
        && currentUser.organizationBusinessIds().contains(project.getBusinessId())) {
      return;
    }
    throw new ForbiddenException("Ei oikeutta projektin " + project.getProjectCode() + " tietoihin");
  }
}
