package fi.avustukset.minno.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5: the coordinator proposes, with the university, which NGOs the round takes (M3:
 * at most the round's capacity, 2–4), which good ones are carried over to the next round (M4)
 * and which are declined with a reason; the university confirms.
 */
@Service
@Transactional
public class SelectionService {

  private final MinnoStore store;
  private final MinnoRoundService rounds;
  private final Clock clock;

  public SelectionService(MinnoStore store, MinnoRoundService rounds, Clock clock) {
    this.store = store;
    this.rounds = rounds;
    this.clock = clock;
  }

  /** A confirmed decision on one registration, for its own process instance. */
  public record Decision(Long registrationId, String processInstanceId, Outcome outcome,
      String reason) {}

  /** Screened (or carried-in) registrations with a suitable challenge and no outcome yet. */
  @Transactional(readOnly = true)
  public List<Registration> candidates(String roundCode) {
    return store.registrationsOf(roundCode).stream()
        .filter(Registration::isSelectionCandidate).toList();
  }

  /** Registrations whose challenges are not yet screened (M1): selection must wait for them. */
  @Transactional(readOnly = true)
  public List<Registration> unscreened(String roundCode) {
    return store.registrationsOf(roundCode).stream()
        .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).toList();
  }

  /** Validates and stores the coordinator's proposal (M3, M4); the rest are declined. */
  public List<Registration> propose(String roundCode, List<Long> selected, List<Long> carriedOver,
      String declineReason, String note) {
    MinnoRound round = rounds.get(roundCode);
    List<Registration> candidates = candidates(roundCode);
    Set<Long> candidateIds = candidates.stream().map(Registration::getId).collect(Collectors.toSet());
    List<FieldError> errors = new ArrayList<>();
    List<Registration> waiting = unscreened(roundCode);
    if (!waiting.isEmpty()) {
      errors.add(new FieldError("selectedRegistrations", waiting.size()
          + " ilmoittautumisen haasteet on vielä seulomatta (M1): "
          + waiting.stream().map(Registration::getOrganizationName).collect(Collectors.joining(", "))));
    }
    Set<Long> chosen = new HashSet<>(selected);
    Set<Long> carried = new HashSet<>(carriedOver);
    if (!candidateIds.containsAll(chosen)) {
      errors.add(new FieldError("selectedRegistrations", "vain seulonnan läpäisseitä voi valita"));
    }
    if (!candidateIds.containsAll(carried)) {
      errors.add(new FieldError("carriedOverRegistrations", "vain seulonnan läpäisseitä voi siirtää"));
    }
    chosen.retainAll(carried);
    if (!chosen.isEmpty()) {
      errors.add(new FieldError("carriedOverRegistrations", "sama järjestö ei voi olla sekä valittu että siirretty"));
    }
    long distinctSelected = selected.stream().distinct().count();
    if (distinctSelected > round.getCapacity()) {
      errors.add(new FieldError("selectedRegistrations", "kierrokselle mahtuu enintään "
          + round.getCapacity() + " järjestöä (M3), valittuna " + distinctSelected));
    }
    boolean anyDeclined = candidates.stream()
        .anyMatch(r -> !selected.contains(r.getId()) && !carriedOver.contains(r.getId()));
    if (anyDeclined && Values.text(declineReason) == null) {
      errors.add(new FieldError("declineReason", "kerro valitsematta jääneille syy"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (Registration registration : candidates) {
      Outcome proposed = selected.contains(registration.getId()) ? Outcome.SELECTED
          : carriedOver.contains(registration.getId()) ? Outcome.CARRIED_OVER : Outcome.DECLINED;
      registration.propose(proposed);
      store.saveRegistration(registration);
    }
    round.setSelectionNote(Values.text(note));
    store.saveRound(round);
    return candidates;
  }

  /** The proposal in a few Finnish lines, for the university's confirmation form. */
  @Transactional(readOnly = true)
  public String proposalSummary(String roundCode) {
    MinnoRound round = rounds.get(roundCode);
    StringBuilder text = new StringBuilder();
    for (Registration registration : candidates(roundCode)) {
      text.append("- **").append(registration.getOrganizationName()).append("**: ")
          .append(registration.getProposedOutcome() == null ? "–"
              : registration.getProposedOutcome().finnish())
          .append(" (").append(challengeList(registration)).append(")\n");
    }
    if (round.getSelectionNote() != null) {
      text.append("\n").append(round.getSelectionNote());
    }
    return text.toString();
  }

  static String challengeList(Registration registration) {
    return registration.getChallenges().stream()
        .filter(c -> c.getStatus() == ChallengeStatus.SUITABLE)
        .map(c -> c.getTitle() + " [" + c.getLanguage() + "]")
        .collect(Collectors.joining(", "));
  }

  /**
   * The university confirmed: the round runs, each candidate gets its decision. M3 is checked
   * once more so that no path around the proposal form exceeds the capacity.
   */
  public List<Decision> confirm(String roundCode, String declineReason) {
    MinnoRound round = rounds.get(roundCode);
    List<Registration> candidates = candidates(roundCode);
    long selected = candidates.stream().filter(r -> r.getProposedOutcome() == Outcome.SELECTED).count();
    if (selected > round.getCapacity()) {
      throw new InvalidInputException("selectedRegistrations", "kierrokselle mahtuu enintään "
          + round.getCapacity() + " järjestöä (M3)");
    }
    List<Decision> decisions = new ArrayList<>();
    for (Registration registration : candidates) {
      Outcome outcome = registration.getProposedOutcome() == null ? Outcome.DECLINED
          : registration.getProposedOutcome();
      String reason = switch (outcome) {
        case SELECTED -> "Valittu kierrokselle " + roundCode;
        case CARRIED_OVER -> "Hyvä haaste, siirretään seuraavalle kierrokselle (M4)";
        default -> Values.text(declineReason) != null ? Values.text(declineReason)
            : "Kierroksen paikat täyttyivät (M3)";
      };
      decisions.add(new Decision(registration.getId(), registration.getProcessInstanceId(),
          outcome, reason));
    }
    round.changeStatus(RoundStatus.RUNNING, Instant.now(clock));
    store.saveRound(round);
    return decisions;
  }
}
