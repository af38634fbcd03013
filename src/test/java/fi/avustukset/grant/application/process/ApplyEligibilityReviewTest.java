package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The preparer's choices on failed or open eligibility rules (DOMAIN.md §3). */
class ApplyEligibilityReviewTest {

  EligibilityService eligibility = mock(EligibilityService.class);
  ApplicationService applications = mock(ApplicationService.class);
  Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
  ApplyEligibilityReview listener = new ApplyEligibilityReview(eligibility, applications,
      new GrantProperties(null, null, null, null, null), clock);

  DelegateTask task(String choice, List<String> failures, String note) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable(APPLICATION_NUMBER)).thenReturn("2027-TI-1-0001");
    when(task.getVariable(ELIGIBILITY_DECISION)).thenReturn(choice);
    when(task.getVariable(ELIGIBILITY_FAILURES)).thenReturn(new ArrayList<>(failures));
    when(task.getVariable(ELIGIBILITY_NOTE)).thenReturn(note);
    return task;
  }

  @Test
  void judgementSettlesOpenQuestionsOnly() {
    listener.notify(task("ELIGIBLE", List.of(), "Seurakunnan diakoniatyö, yleishyödyllinen"));
    verify(eligibility).acceptByJudgement("2027-TI-1-0001");

    assertThatThrownBy(() -> listener.notify(task("ELIGIBLE", List.of("E6"), "Hyvä hanke")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(ELIGIBILITY_DECISION));
    verifyNoMoreInteractions(eligibility);
  }

  @Test
  void completionRequestNeedsItsTextAndGetsADefaultDeadline() {
    DelegateTask noText = task("REQUEST_COMPLETION", List.of("E6"), null);
    assertThatThrownBy(() -> listener.notify(noText))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(COMPLETION_REQUEST));

    DelegateTask ok = task("REQUEST_COMPLETION", List.of("E6"), null);
    when(ok.getVariable(COMPLETION_REQUEST)).thenReturn("Lisätkää linkki Lähellä.fi-palveluun");
    listener.notify(ok);
    verify(ok).setVariable(COMPLETION_DUE, "2027-03-15"); // 14 days, grants.completion-period
  }

  @Test
  void rejectionProposalNeedsItsReason() {
    assertThatThrownBy(() -> listener.notify(task("PROPOSE_REJECTION", List.of("E1"), " ")))
        .isInstanceOf(InvalidInputException.class);
  }
}
