package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.minno.domain.FeedbackService;
import fi.avustukset.minno.domain.InMemoryMinnoStore;
import fi.avustukset.minno.domain.MinnoRoundService;
import fi.avustukset.minno.domain.MinnoSettings;
import fi.avustukset.minno.domain.MinnoSummaryService;
import fi.avustukset.minno.domain.MinnoSummaryService.RoundSummary;
import fi.avustukset.minno.domain.Outcome;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.minno.domain.RegistrationService.ChallengeInput;
import fi.avustukset.minno.domain.RegistrationService.RegistrationInput;
import fi.avustukset.minno.domain.RoundStatus;
import fi.avustukset.minno.domain.SelectionService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whole MINNO rounds (DOMAIN.md §10) through minno-semester and minno-registration with the real
 * delegates and domain services over an in-memory store: the figures of seed 000's rounds
 * 4/2022 and 1/2023, M1/M2 screening, M3 capacity, M4 carry-over, M5 overlap, feedback and the
 * summary. Jobs are executed by hand and timers reached by moving the engine clock.
 */
@Deployment(resources = {"processes/minno-semester.bpmn", "processes/minno-registration.bpmn",
    "forms/minno-semester-start.form", "forms/minno-confirm-cooperation.form",
    "forms/minno-review-window.form", "forms/minno-announce-round.form",
    "forms/minno-prepare-registration.form", "forms/minno-coach-challenges.form",
    "forms/minno-propose-selection.form", "forms/minno-confirm-selection.form",
    "forms/minno-follow-project.form", "forms/minno-record-course.form",
    "forms/minno-attend-minno-fest.form", "forms/minno-communicate-results.form",
    "forms/minno-follow-up-work.form", "forms/minno-collect-feedback.form",
    "forms/minno-university-feedback.form", "forms/minno-screen-challenge.form",
    "forms/minno-redirect-challenges.form"})
class MinnoSemesterProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final String THEMES = "Kehitetään digitaalisia palveluja, jotka lisäävät ikäihmisten osallisuutta"
      + " ja hyvinvointia; opiskelijat ideoivat hankeaihion EAKR/ESR+-rahoitukseen.";

  InMemoryMinnoStore store;
  MinnoRoundService rounds;
  RegistrationService registrations;
  SelectionService selection;
  MinnoSummaryService summaries;
  MinnoWorkflow workflow;

  @BeforeEach
  void wire() {
    store = new InMemoryMinnoStore();
    Clock clock = Clock.fixed(Instant.parse("2022-09-01T10:00:00Z"), HELSINKI);
    rounds = new MinnoRoundService(store, new MinnoSettings(List.of(), 14), clock);
    registrations = new RegistrationService(store, rounds, clock);
    selection = new SelectionService(store, rounds, clock);
    FeedbackService feedback = new FeedbackService(store, rounds, clock);
    summaries = new MinnoSummaryService(store, rounds);
    workflow = new MinnoWorkflow(registrations, runtimeService(),
        engine.getProcessEngine().getIdentityService());
    Mocks.register("registerRound", new RegisterRound(rounds));
    Mocks.register("cancelRound", new CancelRound(rounds));
    Mocks.register("openRegistration", new OpenRegistration(rounds, workflow));
    Mocks.register("closeRegistration", new CloseRegistration(rounds));
    Mocks.register("recordSelection", new RecordSelection(selection, workflow));
    Mocks.register("closeRound", new CloseRound(rounds));
    Mocks.register("recordStepEffort", new RecordStepEffort(rounds));
    Mocks.register("moveRegistrationWindow", new MoveRegistrationWindow(rounds));
    SelectionOptions options = new SelectionOptions(selection, rounds, runtimeService(), taskService());
    Mocks.register("prepareSelection", new PrepareSelection(options));
    Mocks.register("validateSelection", new ValidateSelection(selection));
    Mocks.register("recordCourse", new RecordCourse(rounds));
    Mocks.register("recordFeedback", new RecordFeedback(feedback));
    Mocks.register("preScreenChallenges", new PreScreenChallenges(registrations));
    Mocks.register("loadChallenge", new LoadChallenge(registrations));
    Mocks.register("recordScreening", new RecordScreening(registrations));
    Mocks.register("concludeScreening", new ConcludeScreening(registrations, options));
    Mocks.register("recordRedirectAdvice", new RecordRedirectAdvice(registrations));
    Mocks.register("closeAsRedirected", new CloseAsRedirected(registrations));
    Mocks.register("recordOutcome", new RecordOutcome(registrations));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ scenarios

  @Test
  void roundLike4of2022SevenApplyThreeTakenSixChallenges() {
    ProcessInstance round = startAndOpen("MINNO-2022-4", "MINNO 4/2022", 3, "2022-09-01", "2022-09-30", null);
    List<Registration> taken = List.of(
        register(round, "Savon Mielenterveysyhdistys ry", "FI", "FI"),
        register(round, "Kuopion Seudun Omaishoitajat ry", "FI", "FI"),
        register(round, "Helsingin Diakonissalaitos", "FI", "FI"));
    List<Registration> others = List.of(
        register(round, "Nuorten Ystävät ry", "FI"),
        register(round, "Vanhustyön Keskusliitto ry", "FI"),
        register(round, "Kehitysvammaliitto ry", "FI"),
        register(round, "Kuurojen Liitto ry", "FI"));
    screenAll(true);
    completeStep(round, "Task_CoachChallenges", 1.5);
    closeRegistration(round, "2022-10-01");

    propose(round, ids(taken), ids(others.subList(0, 1)), "Kierroksen paikat täyttyivät (M3)", 1);
    confirm(round, "APPROVED");
    finishRound(round, 21, 4, 5, 4);

    assertThat(round).isEnded().hasPassed("EndEvent_RoundClosed");
    RoundSummary summary = summaries.summary("MINNO-2022-4");
    assertThat(summary.registrations()).isEqualTo(7);
    assertThat(summary.selected()).isEqualTo(3);
    assertThat(summary.carriedOver()).isEqualTo(1);
    assertThat(summary.declined()).isEqualTo(3);
    assertThat(summary.redirected()).isZero();
    assertThat(summary.pending()).isZero();
    assertThat(summary.challenges()).isEqualTo(6);
    assertThat(summary.challengesRegistered()).isEqualTo(10);
    assertThat(summary.challengesByLanguage()).containsEntry("FI", 6).containsEntry("EN", 0);
    assertThat(summary.students()).isEqualTo(21);
    assertThat(summary.status()).isEqualTo(RoundStatus.CLOSED.name());
    // every registration has exactly one outcome and its own instance ended accordingly
    for (Registration r : taken) {
      assertThat(instance(r)).isEnded().hasPassed("EndEvent_Selected");
      assertThat(r.getOutcome()).isEqualTo(Outcome.SELECTED);
      assertThat(r.getNotifiedAt()).isNotNull();
    }
    assertThat(instance(others.get(0))).isEnded().hasPassed("EndEvent_CarriedOver");
    for (Registration r : others.subList(1, 4)) {
      assertThat(instance(r)).isEnded().hasPassed("EndEvent_Declined");
      assertThat(r.getOutcomeReason()).isEqualTo("Kierroksen paikat täyttyivät (M3)");
    }
  }

  @Test
  void roundLike1of2023TakesTwoNewAndOneCarriedOverIntoTheEnglishGroup() {
    ProcessInstance previous = startAndOpen("MINNO-2022-4", "MINNO 4/2022", 3, "2022-09-01", "2022-09-30", null);
    Registration carried = register(previous, "Monikulttuuriset Järjestöt ry", "EN");
    Registration first = register(previous, "Savon Mielenterveysyhdistys ry", "FI");
    Registration second = register(previous, "Kuopion Seudun Omaishoitajat ry", "FI");
    screenAll(true);
    completeStep(previous, "Task_CoachChallenges", 1);
    closeRegistration(previous, "2022-10-01");
    propose(previous, ids(List.of(first, second)), ids(List.of(carried)), null, 1);
    confirm(previous, "APPROVED");
    assertThat(carried.getOutcome()).isEqualTo(Outcome.CARRIED_OVER);

    ProcessInstance round = startAndOpen("MINNO-2023-1", "MINNO 1/2023", 3, "2023-01-09", "2023-02-05", null);
    // M4: the carried-over NGO is in the new round without re-registering, already screened
    Registration carriedIn = store.registrationsOf("MINNO-2023-1").get(0);
    assertThat(carriedIn.isCarriedIn()).isTrue();
    assertThat(carriedIn.getCarriedFromId()).isEqualTo(carried.getId());
    assertThat(carried.getCarriedIntoRound()).isEqualTo("MINNO-2023-1");
    assertThat(instance(carriedIn)).isWaitingAt("Event_SelectionDecided")
        .hasNotPassed("Task_ScreenChallenge");

    List<Registration> applied = List.of(
        register(round, "Nuorten Ystävät ry", "FI"),
        register(round, "Vanhustyön Keskusliitto ry", "FI"),
        register(round, "Kehitysvammaliitto ry", "FI"),
        register(round, "Kuurojen Liitto ry", "FI"),
        register(round, "Hengitysliitto ry", "FI"));
    screenAll(true);
    completeStep(round, "Task_CoachChallenges", 0.5);
    closeRegistration(round, "2023-02-06");
    List<Long> selected = new java.util.ArrayList<>(ids(applied.subList(0, 2)));
    selected.add(carriedIn.getId());
    propose(round, selected, List.of(), "Haaste ei sopinut tämän kierroksen opiskelijaryhmille", 1);
    confirm(round, "APPROVED");
    finishRound(round, 12, 5, 4, 3);

    RoundSummary summary = summaries.summary("MINNO-2023-1");
    assertThat(summary.registrations()).isEqualTo(5);
    assertThat(summary.carriedIn()).isEqualTo(1);
    assertThat(summary.selected()).isEqualTo(3);
    assertThat(summary.declined()).isEqualTo(3);
    assertThat(summary.challenges()).isEqualTo(3);
    assertThat(summary.challengesByLanguage()).containsEntry("FI", 2).containsEntry("EN", 1);
    assertThat(instance(carriedIn)).isEnded().hasPassed("EndEvent_Selected");
    // the carried-over registration is counted once per round: carried over there, selected here
    assertThat(summaries.comparison()).extracting(RoundSummary::roundCode)
        .containsExactly("MINNO-2022-4", "MINNO-2023-1");
  }

  @Test
  void challengeFailingM1IsRedirectedWithAdviceAndNeverVanishes() {
    ProcessInstance round = startAndOpen("MINNO-2023-2", "MINNO 2/2023", 2, "2023-08-15", "2023-09-15", null);
    Registration failing = register(round, "Pienyhdistys ry", "FI");
    Registration mixed = register(round, "Omaishoitajat ry", "FI", "EN");
    // advisory pre-screening: a short description without programme themes is not suggested
    assertThat(failing.getChallenges().get(0).getSuggestedFit()).isNull();
    drain();
    assertThat(mixed.getChallenges().get(0).getSuggestedFit()).isTrue();

    screen(failing, false, false);
    screen(mixed, true, true, false, true);
    drain();

    assertThat(instance(failing)).isWaitingAt("Task_RedirectChallenges");
    assertThat(instance(mixed)).isWaitingAt("Task_RedirectChallenges", "Event_SelectionDecided");
    Task redirect = task(instance(failing), "Task_RedirectChallenges");
    assertThat(redirect).hasCandidateGroup("minnoCoordinator");
    assertThatThrownBy(() -> taskService().complete(redirect.getId(), Map.of("ngoInformed", true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("redirectAdvice");
    taskService().complete(redirect.getId(), Map.of("redirectAdvice", "STEA:n avustukset; rahoittajahakemisto",
        "ngoInformed", true));
    taskService().complete(task(instance(mixed), "Task_RedirectChallenges").getId(),
        Map.of("redirectAdvice", "Kulttuurirahasto", "ngoInformed", true));
    drain();

    assertThat(instance(failing)).isEnded().hasPassed("Task_CloseAsRedirected", "EndEvent_Redirected");
    assertThat(failing.getOutcome()).isEqualTo(Outcome.REDIRECTED);
    assertThat(failing.getOutcomeReason()).contains("M1").contains("STEA:n avustukset");
    assertThat(failing.getChallenges().get(0).getRedirectAdvice()).isEqualTo("STEA:n avustukset; rahoittajahakemisto");
    assertThat(instance(mixed)).hasPassed("EndEvent_ChallengesRedirected").isWaitingAt("Event_SelectionDecided");

    completeStep(round, "Task_CoachChallenges", 1);
    closeRegistration(round, "2023-09-16");
    propose(round, List.of(mixed.getId()), List.of(), null, 1);
    confirm(round, "APPROVED");
    RoundSummary summary = summaries.summary("MINNO-2023-2");
    assertThat(summary.redirected()).isEqualTo(1);
    assertThat(summary.selected()).isEqualTo(1);
    assertThat(summary.challengesRedirected()).isEqualTo(2);
    assertThat(summary.challenges()).isEqualTo(1);
    assertThat(summary.challengesByLanguage()).containsEntry("FI", 1).containsEntry("EN", 0);
  }

  @Test
  void capacityIsEnforcedAndUnscreenedRegistrationsBlockTheSelection() {
    assertThatThrownBy(() -> start("MINNO-2024-1", "liian iso", 5, "2024-01-08", "2024-02-04", null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("capacity");

    ProcessInstance round = startAndOpen("MINNO-2024-1", "MINNO 1/2024", 2, "2024-01-08", "2024-02-04", null);
    List<Registration> all = List.of(register(round, "A ry", "FI"), register(round, "B ry", "FI"),
        register(round, "C ry", "FI"));
    drain();
    completeStep(round, "Task_CoachChallenges", 1);
    closeRegistration(round, "2024-02-05");

    Task proposal = task(round, "Task_ProposeSelection");
    assertThat(runtimeService().getVariable(round.getId(), CANDIDATE_SUMMARY).toString())
        .contains("3 ilmoittautumisen haasteet on vielä seulomatta");
    assertThatThrownBy(() -> taskService().complete(proposal.getId(), proposal(ids(all.subList(0, 1)), List.of(), "x")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("seulomatta");
    screenAll(true);
    // screened after the selection task was created: the form's options follow
    String options = runtimeService().getVariable(round.getId(), CANDIDATE_OPTIONS).toString();
    for (Registration registration : all) {
      assertThat(options).contains("\"value\":\"" + registration.getId() + "\"");
    }
    assertThat(runtimeService().getVariable(round.getId(), CANDIDATE_SUMMARY).toString())
        .doesNotContain("seulomatta").contains("A ry");
    assertThatThrownBy(() -> taskService().complete(proposal.getId(), proposal(ids(all), List.of(), "x")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("enintään 2 järjestöä (M3)");
    assertThatThrownBy(() -> taskService().complete(proposal.getId(), proposal(ids(all.subList(0, 2)), List.of(), " ")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("declineReason");
    assertThat(round).isWaitingAt("Task_ProposeSelection");

    // the university may return the proposal; the coordinator proposes again
    propose(round, ids(all.subList(0, 2)), List.of(), "Ei mahtunut", 0.5);
    confirm(round, "RETURNED");
    assertThat(round).isWaitingAt("Task_ProposeSelection");
    propose(round, ids(all.subList(1, 3)), List.of(), "Ei mahtunut", 0.5);
    confirm(round, "APPROVED");
    assertThat(all.get(0).getOutcome()).isEqualTo(Outcome.DECLINED);
    assertThat(summaries.summary("MINNO-2024-1").selected()).isEqualTo(2);
  }

  @Test
  void registrationIsRefusedOutsideTheWindow() {
    ProcessInstance round = start("MINNO-2024-2", "MINNO 2/2024", 3, "2024-09-02", "2024-09-30", null);
    RegistrationInput input = input("Aikainen ry", "FI");
    assertThatThrownBy(() -> workflow.register("MINNO-2024-2", input, null, "coordinator"))
        .isInstanceOf(ConflictException.class);
    assertThat(store.registrationsOf("MINNO-2024-2")).isEmpty();
    prepare(round);
    openRegistration(round, "2024-09-02");
    register(round, "Ajoissa ry", "FI");
    completeStep(round, "Task_CoachChallenges", 1);
    closeRegistration(round, "2024-10-01");
    assertThatThrownBy(() -> workflow.register("MINNO-2024-2", input, null, "coordinator"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("ei ole auki");
    assertThat(store.registrationsOf("MINNO-2024-2")).hasSize(1);
  }

  @Test
  void registrationWindowOverlappingTheSteaDeadlineIsReviewed() {
    ProcessInstance round = start(null, "MINNO kevät 2025", 3, "2025-01-20", "2025-02-16", "2025-02-28");
    assertThat(round).hasBusinessKey("MINNO-2025-1");
    confirmCooperation(round);
    assertThat(round).isWaitingAt("Task_ReviewRegistrationWindow");
    assertThat(task(round, "Task_ReviewRegistrationWindow")).hasCandidateGroup("minnoCoordinator");
    assertThat(summaries.summary("MINNO-2025-1").steaOverlapWarning()).contains("28.2.2025").contains("M5");

    taskService().complete(task(round, "Task_ReviewRegistrationWindow").getId(),
        Map.of(REGISTRATION_OPENS, "2025-01-02", REGISTRATION_CLOSES, "2025-02-09"));
    drain();
    assertThat(round).isWaitingAt("Task_AnnounceRound");
    assertThat(rounds.get("MINNO-2025-1").getSteaOverlapWarning()).isNull();
    assertThat(runtimeService().getVariable(round.getId(), REGISTRATION_OPENS_AT))
        .isEqualTo(Date.from(LocalDate.parse("2025-01-02").atStartOfDay(HELSINKI).toInstant()));
  }

  @Test
  void cooperationNotContinuingCancelsTheRound() {
    ProcessInstance round = start(null, "MINNO syksy 2025", null, "2025-08-18", "2025-09-14", null);
    assertThat(round).hasBusinessKey("MINNO-2025-2");
    assertThat(rounds.get("MINNO-2025-2").getCapacity()).isEqualTo(3);
    complete(round, "Task_ConfirmCooperation", Map.of(COOPERATION_DECISION, "NO", ACTUAL_EFFORT_DAYS, 0.5));
    assertThat(round).isEnded().hasPassed("Task_CancelRound", "EndEvent_RoundCancelled");
    assertThat(rounds.get("MINNO-2025-2").getStatus()).isEqualTo(RoundStatus.CANCELLED);
    assertThat(summaries.summary("MINNO-2025-2").actualEffortDays()).isEqualByComparingTo("0.5");
  }

  @Test
  void feedbackAndEffortMakeTheSummaryFigures() {
    ProcessInstance round = startAndOpen("MINNO-2023-2", "MINNO 2/2023", 2, "2023-08-15", "2023-09-15", null);
    Registration a = register(round, "A ry", "FI", "EN");
    Registration b = register(round, "B ry", "FI");
    screenAll(true);
    completeStep(round, "Task_CoachChallenges", 1);
    closeRegistration(round, "2023-09-16");
    propose(round, ids(List.of(a, b)), List.of(), null, 1);
    confirm(round, "APPROVED");
    finishRound(round, 14, 4, 3, 5);
    registrations.setProjectApplications("MINNO-2023-2", a.getChallenges().get(1).getId(), 2);
    registrations.setProjectApplications("MINNO-2023-2", b.getChallenges().get(0).getId(), 1);

    RoundSummary summary = summaries.summary("MINNO-2023-2");
    assertThat(summary.plannedEffortDays()).isEqualByComparingTo("9.0");
    // startAndOpen: 1 + 1.5 + 0.5, coaching 1, selection 1, finishRound: 2 + 1 + 1 + 0.5 + 0.5
    assertThat(summary.actualEffortDays()).isEqualByComparingTo("10.0");
    assertThat(summary.effort()).hasSize(10);
    assertThat(summary.effort().get(1).actualDays()).isEqualByComparingTo("1.5");
    assertThat(summary.feedbackCount()).isEqualTo(3);
    assertThat(summary.feedbackByRespondent().get("NGO").mean()).isEqualByComparingTo("4");
    assertThat(summary.feedbackByRespondent().get("STUDENT").mean()).isEqualByComparingTo("3");
    assertThat(summary.feedbackByRespondent().get("UNIVERSITY").mean()).isEqualByComparingTo("5");
    assertThat(summary.feedbackMean()).isEqualByComparingTo("4.00");
    assertThat(summary.studentAwards()).isTrue();
    assertThat(summary.projectApplications()).isEqualTo(3);
    assertThat(summary.challengesByLanguage()).containsEntry("FI", 2).containsEntry("EN", 1);
  }

  // ------------------------------------------------------------------ steps

  ProcessInstance start(String code, String name, Integer capacity, String opens, String closes,
      String stea) {
    ClockUtil.setCurrentTime(at(LocalDate.parse(opens).minusDays(30)));
    Map<String, Object> vars = new HashMap<>();
    vars.put(ROUND_NAME, name);
    vars.put(CAPACITY, capacity);
    vars.put(REGISTRATION_OPENS, opens);
    vars.put(REGISTRATION_CLOSES, closes);
    vars.put(STEA_DEADLINE, stea);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, code, vars);
  }

  ProcessInstance startAndOpen(String code, String name, int capacity, String opens, String closes,
      String stea) {
    ProcessInstance round = start(code, name, capacity, opens, closes, stea);
    prepare(round);
    openRegistration(round, opens);
    return round;
  }

  void confirmCooperation(ProcessInstance round) {
    complete(round, "Task_ConfirmCooperation", Map.of(COOPERATION_DECISION, "YES", ACTUAL_EFFORT_DAYS, 1,
        STEP_NOTE, "Metropolia jatkaa, 2 ryhmää"));
  }

  void prepare(ProcessInstance round) {
    confirmCooperation(round);
    completeStep(round, "Task_AnnounceRound", 1.5);
    completeStep(round, "Task_PrepareRegistration", 0.5);
    assertThat(round).isWaitingAt("Event_RegistrationOpens");
  }

  void openRegistration(ProcessInstance round, String day) {
    ClockUtil.setCurrentTime(at(LocalDate.parse(day)));
    drain();
    assertThat(round).isWaitingAt("Event_RegistrationCloses", "Task_CoachChallenges");
    assertThat(rounds.get(round.getBusinessKey()).getStatus()).isEqualTo(RoundStatus.REGISTRATION_OPEN);
  }

  void closeRegistration(ProcessInstance round, String day) {
    ClockUtil.setCurrentTime(at(LocalDate.parse(day)));
    drain();
    assertThat(round).isWaitingAt("Task_ProposeSelection");
    assertThat(task(round, "Task_ProposeSelection")).hasCandidateGroup("minnoCoordinator");
  }

  Registration register(ProcessInstance round, String organization, String... languages) {
    Registration registration = workflow.register(round.getBusinessKey(), input(organization, languages),
        null, "coordinator");
    assertThat(instance(registration)).hasBusinessKey(registration.businessKey());
    return registration;
  }

  static RegistrationInput input(String organization, String... languages) {
    List<ChallengeInput> challenges = Arrays.stream(languages)
        .map(l -> new ChallengeInput(organization + ": haaste " + l,
            organization.startsWith("Pienyhdistys") ? "Lyhyt kuvaus." : THEMES, l,
            l.equals("EN") ? "BUSINESS" : "SOCIAL_HEALTH"))
        .toList();
    return new RegistrationInput(organization, "yhteys@" + organization.length() + ".fi", challenges);
  }

  /** The coordinator screens every open screening task (M1) the same way. */
  void screenAll(boolean suitable) {
    drain();
    for (Task t : taskService().createTaskQuery().taskDefinitionKey("Task_ScreenChallenge").list()) {
      taskService().complete(t.getId(), Map.of("fitsProgramme", suitable, "suitsMinno", suitable));
    }
    drain();
  }

  /** Screens one registration's challenges in order: pairs of (fitsProgramme, suitsMinno). */
  void screen(Registration registration, boolean... answers) {
    List<Task> tasks = taskService().createTaskQuery()
        .processInstanceId(registration.getProcessInstanceId())
        .taskDefinitionKey("Task_ScreenChallenge").list();
    assertThat(tasks).hasSize(answers.length / 2);
    for (Task t : tasks) {
      Long challengeId = (Long) taskService().getVariable(t.getId(), "challengeId");
      int index = registration.getChallenges().stream().map(c -> c.getId()).toList().indexOf(challengeId);
      assertThat(t).hasCandidateGroup("minnoCoordinator");
      taskService().complete(t.getId(), Map.of("fitsProgramme", answers[2 * index],
          "suitsMinno", answers[2 * index + 1], "screeningNote", "ok"));
    }
  }

  static Map<String, Object> proposal(List<Long> selected, List<Long> carried, String declineReason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(SELECTED_REGISTRATIONS, selected.toString());
    vars.put(CARRIED_OVER_REGISTRATIONS, carried);
    vars.put(DECLINE_REASON, declineReason);
    vars.put(ACTUAL_EFFORT_DAYS, 1);
    return vars;
  }

  void propose(ProcessInstance round, List<Long> selected, List<Long> carried, String declineReason,
      double effort) {
    Map<String, Object> vars = proposal(selected, carried, declineReason);
    vars.put(ACTUAL_EFFORT_DAYS, effort);
    complete(round, "Task_ProposeSelection", vars);
    assertThat(task(round, "Task_ConfirmSelection")).hasCandidateGroup("university");
  }

  void confirm(ProcessInstance round, String approval) {
    complete(round, "Task_ConfirmSelection", Map.of(SELECTION_APPROVAL, approval));
  }

  void finishRound(ProcessInstance round, int students, int ngoRating, int studentRating,
      int universityRating) {
    assertThat(round).isWaitingAt("Task_FollowProject", "Task_RecordCourse");
    assertThat(task(round, "Task_RecordCourse")).hasCandidateGroup("university");
    complete(round, "Task_RecordCourse", Map.of(STUDENT_COUNT, students, STUDENT_TEAMS, 5));
    completeStep(round, "Task_FollowProject", 2);
    complete(round, "Task_AttendMinnoFest", Map.of(ACTUAL_EFFORT_DAYS, 1, STUDENT_AWARDS, true));
    completeStep(round, "Task_CommunicateResults", 1);
    completeStep(round, "Task_FollowUpWork", 0.5);
    assertThat(round).isWaitingAt("Task_CollectFeedback", "Task_GiveUniversityFeedback");
    complete(round, "Task_CollectFeedback", Map.of(ACTUAL_EFFORT_DAYS, 0.5, NGO_RATING, ngoRating,
        NGO_FEEDBACK, "Hyviä ideoita", STUDENT_RATING, studentRating));
    complete(round, "Task_GiveUniversityFeedback", Map.of(UNIVERSITY_RATING, universityRating));
    assertThat(round).isEnded();
  }

  void completeStep(ProcessInstance round, String taskKey, double days) {
    complete(round, taskKey, Map.of(ACTUAL_EFFORT_DAYS, days));
  }

  void complete(ProcessInstance round, String taskKey, Map<String, Object> vars) {
    taskService().complete(task(round, taskKey).getId(), vars);
    drain();
  }

  static Task task(ProcessInstance instance, String taskKey) {
    return taskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  static ProcessInstance instance(Registration registration) {
    ProcessInstance running = runtimeService().createProcessInstanceQuery()
        .processInstanceId(registration.getProcessInstanceId()).singleResult();
    if (running != null) {
      return running;
    }
    var historic = historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(registration.getProcessInstanceId()).singleResult();
    return new EndedInstance(historic.getId(), historic.getBusinessKey(), historic.getProcessDefinitionId());
  }

  /** Executes every due job (async continuations, due timers) until none is left. */
  static void drain() {
    for (int round = 0; round < 100; round++) {
      List<Job> jobs = managementService().createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  static List<Long> ids(List<Registration> registrations) {
    return registrations.stream().map(Registration::getId).toList();
  }

  static Date at(LocalDate day) {
    return Date.from(day.atTime(9, 0).atZone(HELSINKI).toInstant());
  }

  /** camunda-bpm-assert works on ended instances through their id. */
  record EndedInstance(String getId, String getBusinessKey, String getProcessDefinitionId)
      implements ProcessInstance {
    public String getProcessInstanceId() { return getId; }
    public String getRootProcessInstanceId() { return getId; }
    public String getCaseInstanceId() { return null; }
    public String getTenantId() { return null; }
    public boolean isSuspended() { return false; }
    public boolean isEnded() { return true; }
    public String getProcessDefinitionKey() { return MinnoRegistrationVariables.PROCESS_KEY; }
  }
}
