package fi.avustukset.minno.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a coordinator shows of a round (DOMAIN.md §10 "Measures", CONTRACT.md "MINNO
 * rounds"): NGOs applied, taken, carried over, redirected; the challenges worked on by
 * language; students; feedback; planned vs actual effort; project applications that followed.
 */
@Service
@Transactional(readOnly = true)
public class MinnoSummaryService {

  private final MinnoStore store;
  private final MinnoRoundService rounds;

  public MinnoSummaryService(MinnoStore store, MinnoRoundService rounds) {
    this.store = store;
    this.rounds = rounds;
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record StepLine(int number, String step, String name, BigDecimal plannedDays,
      BigDecimal actualDays, String note) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record FeedbackLine(int count, BigDecimal mean) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RegistrationLine(String organizationName, int challenges, boolean carriedIn,
      String outcome, String reason) {}

  /**
   * {@code registrations}: NGOs that registered to this round themselves; {@code carriedIn}:
   * brought from an earlier round (M4) without re-registration; {@code selected} counts all
   * taken, carried-in included; {@code challenges} and {@code challengesByLanguage} count the
   * challenges the course works on (those of the selected NGOs), {@code challengesRegistered}
   * all registered ones. {@code pending}: registrations still without an outcome.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RoundSummary(String roundCode, String roundName, String status,
      LocalDate registrationOpens, LocalDate registrationCloses, String steaOverlapWarning,
      int capacity, int registrations, int carriedIn, int selected, int carriedOver,
      int redirected, int declined, int pending, int challenges, int challengesRegistered,
      int challengesRedirected, Map<String, Integer> challengesByLanguage,
      Map<String, Integer> challengesByStudentField, Integer students, Integer studentTeams,
      Boolean studentAwards, int feedbackCount, BigDecimal feedbackMean,
      Map<String, FeedbackLine> feedbackByRespondent, BigDecimal plannedEffortDays,
      BigDecimal actualEffortDays, List<StepLine> effort, int projectApplications,
      List<RegistrationLine> outcomes) {}

  public RoundSummary summary(String roundCode) {
    MinnoRound round = rounds.get(roundCode);
    List<Registration> registrations = store.registrationsOf(roundCode);
    int own = 0;
    int carriedIn = 0;
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    int pending = 0;
    int challenges = 0;
    int registered = 0;
    int redirectedChallenges = 0;
    int projectApplications = 0;
    Map<String, Integer> byLanguage = new LinkedHashMap<>();
    for (ChallengeLanguage language : ChallengeLanguage.values()) {
      byLanguage.put(language.name(), 0);
    }
    Map<String, Integer> byField = new LinkedHashMap<>();
    for (StudentField field : StudentField.values()) {
      byField.put(field.name(), 0);
    }
    List<RegistrationLine> lines = new ArrayList<>();
    for (Registration registration : registrations) {
      if (registration.isCarriedIn()) {
        carriedIn++;
      } else {
        own++;
      }
      if (registration.getOutcome() == null) {
        pending++;
      } else {
        outcomes.merge(registration.getOutcome(), 1, Integer::sum);
      }
      for (Challenge challenge : registration.getChallenges()) {
        registered++;
        if (challenge.getStatus() == ChallengeStatus.REDIRECTED) {
          redirectedChallenges++;
        }
        if (challenge.getProjectApplications() != null) {
          projectApplications += challenge.getProjectApplications();
        }
        if (registration.getOutcome() == Outcome.SELECTED
            && challenge.getStatus() == ChallengeStatus.SUITABLE) {
          challenges++;
          byLanguage.merge(challenge.getLanguage().name(), 1, Integer::sum);
          byField.merge(challenge.getStudentField().name(), 1, Integer::sum);
        }
      }
      lines.add(new RegistrationLine(registration.getOrganizationName(),
          registration.getChallenges().size(), registration.isCarriedIn(),
          registration.getOutcome() == null ? null : registration.getOutcome().name(),
          registration.getOutcomeReason()));
    }
    List<Feedback> feedback = store.feedbackOf(roundCode);
    Map<String, FeedbackLine> byRespondent = new LinkedHashMap<>();
    for (Respondent respondent : Respondent.values()) {
      List<Integer> ratings = feedback.stream().filter(f -> f.getRespondent() == respondent)
          .map(Feedback::getRating).toList();
      byRespondent.put(respondent.name(), new FeedbackLine(ratings.size(), mean(ratings)));
    }
    List<StepLine> effort = store.effortsOf(roundCode).stream()
        .map(e -> new StepLine(e.getStepNumber(), e.getStep().name(), e.getStep().finnishName(),
            e.getPlannedDays(), e.getActualDays(), e.getNote()))
        .toList();
    BigDecimal planned = effort.stream().map(StepLine::plannedDays).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal actual = effort.stream().map(StepLine::actualDays).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RoundSummary(round.getRoundCode(), round.getName(), round.getStatus().name(),
        round.getRegistrationOpens(), round.getRegistrationCloses(), round.getSteaOverlapWarning(),
        round.getCapacity(), own, carriedIn, outcomes.getOrDefault(Outcome.SELECTED, 0),
        outcomes.getOrDefault(Outcome.CARRIED_OVER, 0), outcomes.getOrDefault(Outcome.REDIRECTED, 0),
        outcomes.getOrDefault(Outcome.DECLINED, 0), pending, challenges, registered,
        redirectedChallenges, byLanguage, byField, round.getStudentCount(), round.getStudentTeams(),
        round.getStudentAwards(), feedback.size(),
        mean(feedback.stream().map(Feedback::getRating).toList()), byRespondent,
        planned.setScale(1, RoundingMode.HALF_UP), actual.setScale(1, RoundingMode.HALF_UP),
        effort, projectApplications, lines);
  }

  /** Every round side by side, oldest first. */
  public List<RoundSummary> comparison() {
    return store.allRounds().stream().map(r -> summary(r.getRoundCode())).toList();
  }

  static BigDecimal mean(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    int sum = values.stream().mapToInt(Integer::intValue).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
