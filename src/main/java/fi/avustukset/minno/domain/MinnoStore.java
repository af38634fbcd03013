package fi.avustukset.minno.domain;

import java.util.List;
import java.util.Optional;

/**
 * Persistence port of the MINNO feature: the domain services talk to this, the JPA adapter
 * ({@link JpaMinnoStore}) implements it, and process tests use an in-memory one.
 */
public interface MinnoStore {

  MinnoRound saveRound(MinnoRound round);

  Optional<MinnoRound> findRound(String roundCode);

  /**
   * The round, locked until the transaction ends: registrations of one round are numbered one
   * at a time, so concurrent registrations all succeed with consecutive numbers.
   */
  default Optional<MinnoRound> lockRound(String roundCode) {
    return findRound(roundCode);
  }

  List<MinnoRound> allRounds();

  List<String> roundCodesStartingWith(String prefix);

  StepEffort saveEffort(StepEffort effort);

  List<StepEffort> effortsOf(String roundCode);

  Registration saveRegistration(Registration registration);

  Optional<Registration> findRegistration(Long id);

  List<Registration> registrationsOf(String roundCode);

  /** Carried-over registrations (M4) not yet taken into a later round. */
  List<Registration> carriedOverPending();

  Feedback saveFeedback(Feedback feedback);

  List<Feedback> feedbackOf(String roundCode);
}
