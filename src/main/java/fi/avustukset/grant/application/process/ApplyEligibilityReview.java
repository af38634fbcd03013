package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ReviewEligibility (DOMAIN.md §3): the preparer's choice is validated
 * (a completion request needs its text and a future deadline; a judgement or a rejection
 * proposal needs its reason) before the task may complete.
 */
@Component
public class ApplyEligibilityReview implements TaskListener {

  private final EligibilityService eligibility;
  private final ApplicationService applications;
  private final GrantProperties properties;
  private final Clock clock;

  public ApplyEligibilityReview(EligibilityService eligibility, ApplicationService applications,
      GrantProperties properties, Clock clock) {
    this.eligibility = eligibility;
    this.applications = applications;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    String choice = (String) task.getVariable(ELIGIBILITY_DECISION);
    String note = Values.text(task.getVariable(ELIGIBILITY_NOTE));
    List<FieldError> errors = new ArrayList<>();
    if (choice == null) {
      throw new InvalidInputException(ELIGIBILITY_DECISION, "valitse ratkaisu");
    }
    switch (choice) {
      case "ELIGIBLE" -> {
        // Judgement settles open questions only; a failed rule is completed or rejected (§3).
        Object failures = task.getVariable(ELIGIBILITY_FAILURES);
        if (failures instanceof java.util.Collection<?> failed && !failed.isEmpty()) {
          errors.add(new FieldError(ELIGIBILITY_DECISION, "ehdot " + ruleList(failed) + " eivät täyty:"
              + " pyydä hakijalta täydennystä tai esitä hylkäämistä"));
        }
        if (note == null) {
          errors.add(new FieldError(ELIGIBILITY_NOTE, "perustele harkinta"));
        }
      }
      case "REQUEST_COMPLETION" -> {
        if (Values.text(task.getVariable(COMPLETION_REQUEST)) == null) {
          errors.add(new FieldError(COMPLETION_REQUEST, "kerro hakijalle, mitä puuttuu"));
        }
        LocalDate due;
        try {
          due = Values.localDate(task.getVariable(COMPLETION_DUE));
        } catch (IllegalArgumentException e) {
          due = null;
          errors.add(new FieldError(COMPLETION_DUE, "päivämäärä muodossa VVVV-KK-PP"));
        }
        LocalDate today = LocalDate.now(clock);
        if (due == null) {
          due = today.plus(properties.completionPeriod());
        } else if (!due.isAfter(today)) {
          errors.add(new FieldError(COMPLETION_DUE, "määräpäivän on oltava tulevaisuudessa"));
        }
        task.setVariable(COMPLETION_DUE, due.toString());
        task.setVariable("completionDeadline",
            Date.from(due.plusDays(1).atStartOfDay(Values.HELSINKI).toInstant()));
      }
      case "PROPOSE_REJECTION" -> {
        if (note == null) {
          errors.add(new FieldError(ELIGIBILITY_NOTE, "perustele hylkäysesitys"));
        }
      }
      default -> errors.add(new FieldError(ELIGIBILITY_DECISION, "tuntematon ratkaisu " + choice));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    switch (choice) {
      case "ELIGIBLE" -> {
        eligibility.acceptByJudgement(number);
        task.setVariable(ELIGIBLE, true);
      }
      case "REQUEST_COMPLETION" -> applications.setStatus(number, ApplicationStatus.COMPLETION_REQUESTED);
      default -> {
        applications.get(number).propose(java.math.BigDecimal.ZERO.setScale(2),
            "Valmistelija esittää hylkäämistä: " + note + ruleSuffix(task.getVariable(ELIGIBILITY_FAILURES)));
        task.setVariable(PROPOSED_DECISION, "REJECTED");
        task.setVariable(PROPOSAL_REASON, note);
      }
    }
  }

  /** The failed rules as text: {@code [E3, E5]} → {@code "E3, E5"} (no Java list in a document). */
  static String ruleList(Object failures) {
    if (failures instanceof java.util.Collection<?> c) {
      return c.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
    return failures == null ? "" : failures.toString();
  }

  static String ruleSuffix(Object failures) {
    String rules = ruleList(failures);
    return rules.isEmpty() ? "" : " (" + rules + ")";
  }
}
