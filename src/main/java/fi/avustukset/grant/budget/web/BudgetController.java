package fi.avustukset.grant.budget.web;

import fi.avustukset.grant.budget.domain.BudgetService;

import fi.avustukset.grant.budget.domain.BudgetCalculator.Pool;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Proposal;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The grant budget proposal of a year (DOMAIN.md §5) as JSON and as a page, and the
 * operating and innovation pool the managers set. Managers, preparers and administrators only.
 */
@Controller
public class BudgetController {

  private final BudgetService budget;
  private final CurrentUser currentUser;

  public BudgetController(BudgetService budget, CurrentUser currentUser) {
    this.budget = budget;
    this.currentUser = currentUser;
  }

  public record PoolInput(Object amount, String note) {}

  @GetMapping("/api/budget/{year:\\d{4}}")
  @ResponseBody
  public Proposal proposal(@PathVariable int year) {
    requireBudgetReader();
    return budget.proposal(year);
  }

  @GetMapping("/api/budget/{year:\\d{4}}.html")
  public String page(@PathVariable int year, Model model) {
    requireBudgetReader();
    model.addAttribute("budget", budget.proposal(year));
    return "budget";
  }

  @PutMapping("/api/budget/{year:\\d{4}}/pool")
  @ResponseBody
  public Pool setPool(@PathVariable int year, @RequestBody PoolInput input) {
    if (!currentUser.isIn(Groups.MANAGERS, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Vain johto voi asettaa toiminta- ja innovaatioavustusten määrärahan");
    }
    return budget.setPool(year, input.amount(), input.note(), currentUser.userId());
  }

  private void requireBudgetReader() {
    if (!currentUser.isIn(Groups.MANAGERS, Groups.GRANT_SECRETARY, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Talousarvioesitys on johdon ja valmistelijoiden käytössä");
    }
  }
}
