package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.eligibility.domain.EligibilityResultRepository;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The preparer's choices on failed or open eligibility rules (DOMAIN.md §3), through the listener. */
class ApplyEligibilityReviewTest {

  GrantApplication application = mock(GrantApplication.class);
  ApplicationService applications = mock(ApplicationService.class);
  Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
  EligibilityService eligibility = new EligibilityService(applications,
      mock(GrantCallService.class), mock(EligibilityResultRepository.class),
      new GrantProperties(null, null, null, null, null), clock,
      mock(fi.avustukset.grant.attachment.domain.AttachmentService.class));
  ApplyEligibilityReview listener = new ApplyEligibilityReview(eligibility);

  {
    when(applications.find("2027-TI-1-0001")).thenReturn(Optional.of(application));
    when(applications.get("2027-TI-1-0001")).thenReturn(application);
  }

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
    DelegateTask ok = task("ELIGIBLE", List.of(), "Seurakunnan diakoniatyö, yleishyödyllinen");
    listener.notify(ok);
    verify(application).markEligible();
    verify(ok).setVariable(ELIGIBLE, true);

    assertThatThrownBy(() -> listener.notify(task("ELIGIBLE", List.of("E6"), "Hyvä hanke")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(ELIGIBILITY_DECISION));
    verify(application, times(1)).markEligible();
  }

  @Test
  void completionRequestNeedsItsTextAndGetsADefaultDeadline() {
    DelegateTask noText = task("REQUEST_COMPLETION", List.of("E6"), null);
    assertThatThrownBy(() -> listener.notify(noText))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly(COMPLETION_REQUEST));
    verify(application, never()).requestCompletion();

    DelegateTask ok = task("REQUEST_COMPLETION", List.of("E6"), null);
    when(ok.getVariable(COMPLETION_REQUEST)).thenReturn("Lisätkää linkki Lähellä.fi-palveluun");
    listener.notify(ok);
    verify(ok).setVariable(COMPLETION_DUE, "2027-03-15"); // 14 days, grants.completion-period
    verify(ok).setVariable(COMPLETION_DEADLINE,
        Date.from(Instant.parse("2027-03-15T22:00:00Z"))); // 16.3. 00:00 Helsinki
    verify(application).requestCompletion();
  }

  @Test
  void rejectionProposalNeedsItsReason() {
    assertThatThrownBy(() -> listener.notify(task("PROPOSE_REJECTION", List.of("E1"), " ")))
        .isInstanceOf(InvalidInputException.class);

    DelegateTask ok = task("PROPOSE_REJECTION", List.of("E1", "E3"), "Ei yleishyödyllinen");
    listener.notify(ok);
    verify(application).propose(new java.math.BigDecimal("0.00"),
        "Valmistelija esittää hylkäämistä: Ei yleishyödyllinen (E1, E3)");
    verify(ok).setVariable(PROPOSED_DECISION, "REJECTED");
    verify(ok).setVariable(PROPOSAL_REASON, "Ei yleishyödyllinen");
  }
}
