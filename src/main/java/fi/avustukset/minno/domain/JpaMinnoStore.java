package fi.avustukset.minno.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link MinnoStore} on Spring Data JPA (tables of V20__minno.sql). */
@Component
class JpaMinnoStore implements MinnoStore {

  private final MinnoRoundRepository rounds;
  private final StepEffortRepository efforts;
  private final RegistrationRepository registrations;
  private final FeedbackRepository feedbacks;

  JpaMinnoStore(MinnoRoundRepository rounds, StepEffortRepository efforts,
      RegistrationRepository registrations, FeedbackRepository feedbacks) {
    this.rounds = rounds;
    this.efforts = efforts;
    this.registrations = registrations;
    this.feedbacks = feedbacks;
  }

  @Override public MinnoRound saveRound(MinnoRound round) { return rounds.save(round); }
  @Override public Optional<MinnoRound> findRound(String code) { return rounds.findById(code); }
  @Override public Optional<MinnoRound> lockRound(String code) { return rounds.findForUpdate(code); }

  @Override
  public List<MinnoRound> allRounds() {
    return rounds.findAll().stream()
        .sorted(Comparator.comparing(MinnoRound::getRegistrationOpens)
            .thenComparing(MinnoRound::getRoundCode))
        .toList();
  }

  @Override
  public List<String> roundCodesStartingWith(String prefix) {
    return rounds.findByRoundCodeStartingWith(prefix).stream().map(MinnoRound::getRoundCode).toList();
  }

  @Override public StepEffort saveEffort(StepEffort effort) { return efforts.save(effort); }

  @Override
  public List<StepEffort> effortsOf(String roundCode) {
    return efforts.findByRoundCodeOrderByStepNumber(roundCode);
  }

  @Override
  public Registration saveRegistration(Registration registration) {
    return registrations.saveAndFlush(registration);
  }

  @Override public Optional<Registration> findRegistration(Long id) { return registrations.findById(id); }

  @Override
  public List<Registration> registrationsOf(String roundCode) {
    return registrations.findByRoundCodeOrderByRegistrationNumber(roundCode);
  }

  @Override
  public List<Registration> carriedOverPending() {
    return registrations.findByOutcomeAndCarriedIntoRoundIsNullOrderById(Outcome.CARRIED_OVER);
  }

  @Override public Feedback saveFeedback(Feedback feedback) { return feedbacks.save(feedback); }

  @Override
  public List<Feedback> feedbackOf(String roundCode) {
    return feedbacks.findByRoundCodeOrderById(roundCode);
  }
}
