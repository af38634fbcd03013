package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The preparer's review of a failed or open eligibility check (DOMAIN.md §3, Task_ReviewEligibility):
 * a judgement settles open questions only and needs its reason; a completion request needs its
 * text and a future deadline (default: the completion period); a rejection proposal needs its
 * reason. The one home of these rules; {@link EligibilityService#review} applies the outcome.
 */
public final class EligibilityReview {

  /** The form's field names (= the process variables of CONTRACT.md). */
  public static final String DECISION = "eligibilityDecision";
  public static final String NOTE = "eligibilityNote";
  public static final String COMPLETION_REQUEST = "completionRequest";
  public static final String COMPLETION_DUE = "completionDue";

  /** The reason of the rejection proposed when the completion is overdue. */
  public static final String OVERDUE = "Hakija ei täydentänyt hakemusta määräaikaan mennessä";

  /** The preparer's three choices. */
  public enum Choice { ELIGIBLE, REQUEST_COMPLETION, PROPOSE_REJECTION }

  /** What the form sent: the choice, the note, the failed rules, the completion text and date. */
  public record Input(String choice, Object note, Object failures, Object completionRequest,
      Object completionDue) {}

  /**
   * The validated review: its choice, the completion deadline (the last day, and the moment the
   * timer fires: the start of the next day in Helsinki) and the rejection proposal's text.
   */
  public record Outcome(Choice choice, String note, LocalDate completionDue,
      Instant completionDeadline, String rejectionProposal) {}

  private EligibilityReview() {}

  /** Validates the review; throws {@link InvalidInputException} naming every refused field. */
  public static Outcome validate(Input input, LocalDate today, Period completionPeriod) {
    String choice = input.choice();
    String note = Values.text(input.note());
    if (choice == null) {
      throw new InvalidInputException(DECISION, "valitse ratkaisu");
    }
    List<FieldError> errors = new ArrayList<>();
    LocalDate due = null;
    Choice chosen = null;
    switch (choice) {
      case "ELIGIBLE" -> {
        chosen = Choice.ELIGIBLE;
        // Judgement settles open questions only; a failed rule is completed or rejected (§3).
        if (input.failures() instanceof Collection<?> failed && !failed.isEmpty()) {
          errors.add(new FieldError(DECISION, "ehdot " + ruleList(failed) + " eivät täyty:"
              + " pyydä hakijalta täydennystä tai esitä hylkäämistä"));
        }
        if (note == null) {
          errors.add(new FieldError(NOTE, "perustele harkinta"));
        }
      }
      case "REQUEST_COMPLETION" -> {
        chosen = Choice.REQUEST_COMPLETION;
        if (Values.text(input.completionRequest()) == null) {
          errors.add(new FieldError(COMPLETION_REQUEST, "kerro hakijalle, mitä puuttuu"));
        }
        try {
          due = Values.localDate(input.completionDue());
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(COMPLETION_DUE, "päivämäärä muodossa VVVV-KK-PP"));
        }
        if (due == null) {
          due = today.plus(completionPeriod);
        } else if (!due.isAfter(today)) {
          errors.add(new FieldError(COMPLETION_DUE, "määräpäivän on oltava tulevaisuudessa"));
        }
      }
      case "PROPOSE_REJECTION" -> {
        chosen = Choice.PROPOSE_REJECTION;
        if (note == null) {
          errors.add(new FieldError(NOTE, "perustele hylkäysesitys"));
        }
      }
      default -> errors.add(new FieldError(DECISION, "tuntematon ratkaisu " + choice));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Outcome(chosen, note, due,
        due == null ? null : due.plusDays(1).atStartOfDay(Values.HELSINKI).toInstant(),
        chosen == Choice.PROPOSE_REJECTION
            ? "Valmistelija esittää hylkäämistä: " + note + ruleSuffix(input.failures()) : null);
  }

  /** The failed rules as text: {@code [E3, E5]} → {@code "E3, E5"} (no Java list in a document). */
  public static String ruleList(Object failures) {
    if (failures instanceof Collection<?> c) {
      return c.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return failures == null ? "" : failures.toString();
  }

  static String ruleSuffix(Object failures) {
    String rules = ruleList(failures);
    return rules.isEmpty() ? "" : " (" + rules + ")";
  }
}
