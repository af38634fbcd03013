package fi.avustukset.minno.web;

import fi.avustukset.minno.domain.MinnoSummaryService;
import fi.avustukset.minno.domain.MinnoSummaryService.RoundSummary;
import fi.avustukset.minno.domain.MinnoSummaryService.StepLine;
import fi.avustukset.minno.process.MinnoRegistrationVariables;
import fi.avustukset.minno.process.MinnoSemesterVariables;
import fi.avustukset.platform.history.CycleTimeChart;
import fi.avustukset.platform.history.CycleTimeHistory;
import fi.avustukset.platform.history.PhaseTimes.PhaseStat;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Cycle times of a MINNO round (issue 13.4) from the engine's history: each user task of
 * minno-semester as a step (the round is one case, so count is 1 once the step is done) and
 * each step of the round's registrations (minno-registration, one case per NGO), beside the
 * coordinator's planned and actual effort per step that the round summary already has.
 */
@Controller
public class MinnoCycleTimeController {

  /** {"phases": […], "registrationPhases": […], planned vs actual effort}. */
  public record MinnoCycleTimes(String roundCode, String roundName, List<PhaseStat> phases,
      List<PhaseStat> registrationPhases, BigDecimal plannedEffortDays,
      BigDecimal actualEffortDays, List<StepLine> effort) {}

  private final CycleTimeHistory history;
  private final MinnoSummaryService summaries;
  private final MinnoAccess access;

  public MinnoCycleTimeController(CycleTimeHistory history, MinnoSummaryService summaries,
      MinnoAccess access) {
    this.history = history;
    this.summaries = summaries;
    this.access = access;
  }

  @GetMapping(value = "/api/minno/{roundCode}/cycle-times",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public MinnoCycleTimes cycleTimes(@PathVariable String roundCode) {
    access.requireReader();
    RoundSummary summary = summaries.summary(roundCode); // 404 for an unknown round
    return new MinnoCycleTimes(roundCode, summary.roundName(),
        history.measureUserTasks(MinnoSemesterVariables.PROCESS_KEY, roundCode::equals),
        history.measureUserTasks(MinnoRegistrationVariables.PROCESS_KEY,
            key -> key.startsWith(roundCode + "-")),
        summary.plannedEffortDays(), summary.actualEffortDays(), summary.effort());
  }

  @GetMapping("/api/minno/{roundCode}/cycle-times.html")
  public String page(@PathVariable String roundCode, Model model) {
    MinnoCycleTimes times = cycleTimes(roundCode);
    model.addAttribute("title", "Läpimenoajat: MINNO-kierros " + roundCode);
    model.addAttribute("subtitle", times.roundName());
    model.addAttribute("cases", times.registrationPhases().stream().mapToInt(PhaseStat::count)
        .max().orElse(0));
    model.addAttribute("casesLabel", "ilmoittautumista");
    List<PhaseStat> all = new java.util.ArrayList<>(times.phases());
    times.registrationPhases().forEach(p -> all.add(new PhaseStat(p.phase(),
        "Ilmoittautuminen: " + p.label(), p.count(), p.medianHours(), p.p90Hours(),
        p.waitingMedianHours(), p.workingMedianHours(), p.waitingP90Hours(),
        p.workingP90Hours())));
    model.addAttribute("phases", all);
    model.addAttribute("chart", CycleTimeChart.of(all));
    model.addAttribute("jsonUrl", "/api/minno/" + roundCode + "/cycle-times");
    model.addAttribute("backUrl", "/api/minno/" + roundCode + "/summary.html");
    return "cycle-times";
  }
}
