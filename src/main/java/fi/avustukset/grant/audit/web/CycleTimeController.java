package fi.avustukset.grant.audit.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.audit.domain.GrantPhases;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.history.CycleTimeChart;
import fi.avustukset.platform.history.CycleTimeHistory;
import fi.avustukset.platform.history.PhaseTimes.PhaseStat;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Phase cycle times of grant cases (issue 13.4) from the engine's history: per call and across
 * calls, the median and 90th percentile hours of each phase of {@link GrantPhases}, with waiting
 * and working time of the phase's user tasks. For managers and the people who plan and decide
 * calls; applicants get 403.
 */
@Controller
public class CycleTimeController {

  /** CONTRACT.md: {"phases": [{"phase", "count", "medianHours", "p90Hours"} …]}. */
  public record CycleTimes(String callKey, String callName, int cases, List<PhaseStat> phases) {}

  private final CycleTimeHistory history;
  private final GrantCallService calls;
  private final ApplicationService applications;
  private final CurrentUser currentUser;

  public CycleTimeController(CycleTimeHistory history, GrantCallService calls,
      ApplicationService applications, CurrentUser currentUser) {
    this.history = history;
    this.calls = calls;
    this.applications = applications;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/api/calls/{callKey}/cycle-times", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public CycleTimes ofCall(@PathVariable String callKey) {
    requireReader();
    GrantCall call = calls.find(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
    Set<String> numbers = applications.ofCall(callKey).stream()
        .map(GrantApplication::getApplicationNumber).collect(Collectors.toSet());
    return new CycleTimes(callKey, call.getName(), numbers.size(),
        history.measure(GrantPhases.ALL, numbers::contains));
  }

  @GetMapping(value = "/api/cycle-times", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public CycleTimes acrossCalls() {
    requireReader();
    List<PhaseStat> phases = history.measure(GrantPhases.ALL, key -> true);
    return new CycleTimes(null, "Kaikki haut", phases.stream().mapToInt(PhaseStat::count).max()
        .orElse(0), phases);
  }

  @GetMapping("/api/calls/{callKey}/cycle-times.html")
  public String callPage(@PathVariable String callKey, Model model) {
    return page(ofCall(callKey), model);
  }

  @GetMapping("/api/cycle-times.html")
  public String acrossCallsPage(Model model) {
    return page(acrossCalls(), model);
  }

  private String page(CycleTimes times, Model model) {
    model.addAttribute("title", times.callKey() == null ? "Läpimenoajat: kaikki haut"
        : "Läpimenoajat: haku " + times.callKey());
    model.addAttribute("subtitle", times.callName());
    model.addAttribute("cases", times.cases());
    model.addAttribute("casesLabel", times.cases() == 1 ? "hakemus" : "hakemusta");
    model.addAttribute("phases", times.phases());
    model.addAttribute("chart", CycleTimeChart.of(times.phases()));
    model.addAttribute("jsonUrl", times.callKey() == null ? "/api/cycle-times"
        : "/api/calls/" + times.callKey() + "/cycle-times");
    model.addAttribute("backUrl", times.callKey() == null ? "/api/calls.html"
        : "/api/calls/" + times.callKey() + ".html");
    model.addAttribute("backLabel", times.callKey() == null ? "Avustushaut"
        : "Haun sivu: " + times.callName());
    return "cycle-times";
  }

  private void requireReader() {
    if (!currentUser.isIn(Groups.MANAGERS, Groups.GRANT_SECRETARY, Groups.COMMITTEE,
        Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Läpimenoajat ovat johdon, valmistelijoiden ja päättäjien"
          + " käytössä");
    }
  }
}
