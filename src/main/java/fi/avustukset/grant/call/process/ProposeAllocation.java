package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.decision.domain.AllocationService;
import java.text.NumberFormat;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeAllocation: ranking and budget allocation within the appropriation (E9, §5). */
@Component
public class ProposeAllocation implements JavaDelegate {

  public static final String PROPOSAL_SUMMARY = "proposalSummary";

  private final AllocationService allocation;

  public ProposeAllocation(AllocationService allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var list = allocation.propose((String) execution.getVariable(CALL_KEY));
    long granted = list.lines().stream().filter(l -> "GRANTED".equals(l.proposedDecision())).count();
    // as a Finn reads money: 25 000,00 €
    NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("fi-FI"));
    execution.setVariable(PROPOSAL_SUMMARY, list.lines().size() + " hakemusta, " + granted
        + " myönteistä esitystä, yhteensä " + euros.format(list.proposedTotal()) + " / määräraha "
        + euros.format(list.appropriation()));
  }
}
