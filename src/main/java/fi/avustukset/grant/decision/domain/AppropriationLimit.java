package fi.avustukset.grant.decision.domain;

import fi.avustukset.platform.domain.Euro;
import java.util.Optional;

/**
 * DOMAIN.md §5: what a call grants — and, before the decisions, what it proposes — is at most
 * its appropriation. The one home of the rule "≤ the appropriation left": the committee's and
 * the board's decision ({@link GrantDecisionService#decide}, against the grants of the call's
 * other applications) and the preparer's adjustment of a proposal ({@link AllocationService#adjust},
 * against the other proposals) both ask here.
 */
public final class AppropriationLimit {

  private AppropriationLimit() {}

  /** True when {@code amount} on top of what the others have does not fit the appropriation. */
  static boolean exceeded(Euro amount, Euro others, Euro appropriation) {
    return others.plus(amount).exceeds(appropriation);
  }

  /** The Finnish refusal of a grant that would exceed the appropriation left, for its field. */
  public static Optional<String> grantViolation(Euro amount, Euro grantedToOthers,
      Euro appropriation) {
    if (!exceeded(amount, grantedToOthers, appropriation)) {
      return Optional.empty();
    }
    return Optional.of("haun määräraha ylittyisi: jäljellä "
        + appropriation.minus(grantedToOthers).inFinnish() + " (DOMAIN.md §5)");
  }

  /** The Finnish refusal of a proposal that would take the proposals over the appropriation. */
  public static Optional<String> proposalViolation(Euro amount, Euro proposedToOthers,
      Euro appropriation) {
    if (!exceeded(amount, proposedToOthers, appropriation)) {
      return Optional.empty();
    }
    return Optional.of("esitykset ylittäisivät määrärahan: muille on esitetty "
        + proposedToOthers.inFinnish() + " / " + appropriation.inFinnish());
  }
}
