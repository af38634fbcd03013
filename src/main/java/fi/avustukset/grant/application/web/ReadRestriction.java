package fi.avustukset.grant.application.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import java.util.Optional;

/**
 * A reason why a person who could otherwise read an application must not, told by the feature
 * that knows it — e.g. a declared conflict of interest with the applicant (E11, grant.conflict).
 * {@link ApplicationAccess} asks every restriction; the application feature does not depend on
 * the features that restrict it.
 */
public interface ReadRestriction {

  /** The Finnish sentence of the refusal, or empty when the user may read the application. */
  Optional<String> refusal(GrantApplication application, String userId);
}
