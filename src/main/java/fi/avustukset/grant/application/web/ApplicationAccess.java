package fi.avustukset.grant.application.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Staff read every application; an applicant only their own organisation's — unless a
 * {@link ReadRestriction} refuses (a declared conflict of interest, E11).
 */
@Component
public class ApplicationAccess {

  private final CurrentUser currentUser;
  private final List<ReadRestriction> restrictions;

  public ApplicationAccess(CurrentUser currentUser, List<ReadRestriction> restrictions) {
    this.currentUser = currentUser;
    this.restrictions = restrictions;
  }

  public boolean mayRead(GrantApplication application) {
    return byRole(application) && refusal(application).isEmpty();
  }

  public void requireRead(GrantApplication application) {
    if (!byRole(application)) {
      throw new ForbiddenException("Ei oikeutta hakemuksen " + application.getApplicationNumber()
          + " tietoihin");
    }
    refusal(application).ifPresent(reason -> {
      throw new ForbiddenException(reason);
    });
  }

  private boolean byRole(GrantApplication application) {
    if (!currentUser.isApplicantOnly() && !currentUser.groups().isEmpty()) {
      return true;
    }
    return currentUser.isIn(Groups.APPLICANTS)
        && currentUser.organizationBusinessIds().contains(application.getBusinessId());
  }

  private Optional<String> refusal(GrantApplication application) {
    String user = currentUser.userId();
    if (user == null) {
      return Optional.empty();
    }
    for (ReadRestriction restriction : restrictions) {
      Optional<String> reason = restriction.refusal(application, user);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return Optional.empty();
  }
}
