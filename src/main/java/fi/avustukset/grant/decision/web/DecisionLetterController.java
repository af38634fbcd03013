package fi.avustukset.grant.decision.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The decision letter (päätöskirje) of an application in Finnish: the decision, the amount,
 * the reasons and the rectification instructions (DOMAIN.md §6).
 */
@Controller
public class DecisionLetterController {

  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final ApplicationService applications;
  private final GrantCallService calls;
  private final ApplicationAccess access;
  private final GrantProperties properties;

  public DecisionLetterController(ApplicationService applications, GrantCallService calls,
      ApplicationAccess access, GrantProperties properties) {
    this.applications = applications;
    this.calls = calls;
    this.access = access;
    this.properties = properties;
  }

  @GetMapping("/api/applications/{applicationNumber}/decision-letter")
  public String letter(@PathVariable String applicationNumber, Model model) {
    GrantApplication application = applications.get(applicationNumber);
    access.requireRead(application);
    if (application.getDecision() == null || application.getDecision() == Decision.RETURNED) {
      throw new ConflictException("Hakemuksesta " + applicationNumber + " ei ole vielä päätöstä");
    }
    model.addAttribute("a", application);
    model.addAttribute("call", calls.get(application.getCallKey()));
    model.addAttribute("granted", application.getDecision() == Decision.GRANTED);
    model.addAttribute("decidedOn", application.getDecidedAt().atZone(Values.HELSINKI)
        .toLocalDate().format(FINNISH_DATE));
    model.addAttribute("byBoard", "REGIONAL_BOARD".equals(application.getDecidedBy()));
    model.addAttribute("rectificationDays", properties.rectificationPeriod().getDays());
    return "decision-letter";
  }
}
