package fi.avustukset.minno.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link MinnoStore} in memory, for process tests without Spring and JPA. */
public class InMemoryMinnoStore implements MinnoStore {

  private final AtomicLong ids = new AtomicLong();
  private final Map<String, MinnoRound> rounds = new LinkedHashMap<>();
  private final List<StepEffort> efforts = new ArrayList<>();
  private final Map<Long, Registration> registrations = new LinkedHashMap<>();
  private final List<Feedback> feedback = new ArrayList<>();

  @Override
  public MinnoRound saveRound(MinnoRound round) {
    rounds.put(round.getRoundCode(), round);
    return round;
  }

  @Override
  public Optional<MinnoRound> findRound(String roundCode) {
    return Optional.ofNullable(rounds.get(roundCode));
  }

  @Override
  public List<MinnoRound> allRounds() {
    return rounds.values().stream()
        .sorted(Comparator.comparing(MinnoRound::getRegistrationOpens)).toList();
  }

  @Override
  public List<String> roundCodesStartingWith(String prefix) {
    return rounds.keySet().stream().filter(c -> c.startsWith(prefix)).toList();
  }

  @Override
  public StepEffort saveEffort(StepEffort effort) {
    if (effort.getId() == null) {
      effort.setId(ids.incrementAndGet());
      efforts.add(effort);
    }
    return effort;
  }

  @Override
  public List<StepEffort> effortsOf(String roundCode) {
    return efforts.stream().filter(e -> e.getRoundCode().equals(roundCode))
        .sorted(Comparator.comparingInt(StepEffort::getStepNumber)).toList();
  }

  @Override
  public Registration saveRegistration(Registration registration) {
    if (registration.getId() == null) {
      registration.setId(ids.incrementAndGet());
    }
    for (Challenge challenge : registration.getChallenges()) {
      if (challenge.getId() == null) {
        challenge.setId(ids.incrementAndGet());
      }
    }
    registrations.put(registration.getId(), registration);
    return registration;
  }

  @Override
  public Optional<Registration> findRegistration(Long id) {
    return Optional.ofNullable(registrations.get(id));
  }

  @Override
  public List<Registration> registrationsOf(String roundCode) {
    return registrations.values().stream().filter(r -> r.getRoundCode().equals(roundCode))
        .sorted(Comparator.comparingInt(Registration::getRegistrationNumber)).toList();
  }

  @Override
  public List<Registration> carriedOverPending() {
    return registrations.values().stream()
        .filter(r -> r.getOutcome() == Outcome.CARRIED_OVER && r.getCarriedIntoRound() == null)
        .toList();
  }

  @Override
  public Feedback saveFeedback(Feedback item) {
    item.setId(ids.incrementAndGet());
    feedback.add(item);
    return item;
  }

  @Override
  public List<Feedback> feedbackOf(String roundCode) {
    return feedback.stream().filter(f -> f.getRoundCode().equals(roundCode)).toList();
  }
}
