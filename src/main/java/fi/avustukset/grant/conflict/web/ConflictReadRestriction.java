package fi.avustukset.grant.conflict.web;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ReadRestriction;
import fi.avustukset.grant.conflict.domain.ConflictService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * E11: a person who has declared a conflict of interest with the applicant sees none of its
 * applications — not the application, its files, nor its history — as they take no part in it.
 */
@Component
public class ConflictReadRestriction implements ReadRestriction {

  private final ConflictService conflicts;

  public ConflictReadRestriction(ConflictService conflicts) {
    this.conflicts = conflicts;
  }

  @Override
  public Optional<String> refusal(GrantApplication application, String userId) {
    if (!conflicts.isConflicted(userId, application.getBusinessId())) {
      return Optional.empty();
    }
    return Optional.of("Olet esteellinen hakijan " + application.getOrganizationName()
        + " asioissa (E11); hakemus " + application.getApplicationNumber()
        + " ja sen liitteet eivät näy sinulle.");
  }
}
