package fi.avustukset.grant.agreement.web;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may read agreements: staff who prepare, sign, monitor or coordinate grants
 * (grantSecretary, serviceArea, managers, minnoCoordinator, committee, regionalBoard, admins)
 * every agreement; an applicant only the agreements of their own organisation (by Y-tunnus).
 */
@Component
public class AgreementAccess {

  private final CurrentUser currentUser;

  public AgreementAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public boolean isAgreementStaff() {
    return currentUser.isIn(Groups.GRANT_SECRETARY, Groups.SERVICE_AREA, Groups.MANAGERS,
        Groups.MINNO_COORDINATOR, Groups.COMMITTEE, Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN);
  }

  public void requireRead(Agreement agreement) {
    if (isAgreementStaff()
        || currentUser.organizationBusinessIds().contains(agreement.getBusinessId())) {
      return;
    }
    throw new ForbiddenException("Ei oikeutta hakemuksen " + agreement.getApplicationNumber()
        + " sopimukseen");
  }
}
