package fi.avustukset.grant.call.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.grant.decision.domain.AllocationService.Line;
import fi.avustukset.grant.decision.domain.AllocationService.ProposalList;
import fi.avustukset.platform.domain.Euro;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The summary of the esityslista that the preparer reads in Task_AdjustProposal
 * ({@value #PROPOSAL_SUMMARY}): counts and totals as Finns write money, and every proposal the
 * preparer has changed on the esityslista page as "ehdotettu X €, oikaistu Y € (perustelu)".
 * Task_ProposeAllocation writes it with the computed amounts ({@value #COMPUTED_PROPOSALS}, what
 * the allocation proposed before any change); each adjustment on the page writes it again, so
 * the task never shows the amount from before the change.
 */
@Component
public class ProposalSummary {

  public static final String PROPOSAL_SUMMARY = "proposalSummary";
  /** JSON object application number → amount as computed by the allocation (before changes). */
  public static final String COMPUTED_PROPOSALS = "computedProposals";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, BigDecimal>> AMOUNTS =
      new TypeReference<>() {};

  private final AllocationService allocation;
  private final RuntimeService runtime;
  private final IdentityService identity;

  public ProposalSummary(AllocationService allocation, RuntimeService runtime,
      IdentityService identity) {
    this.allocation = allocation;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Task_ProposeAllocation: the computed list is remembered and summarised. */
  public void computed(VariableScope execution, ProposalList list) {
    Map<String, BigDecimal> computed = new LinkedHashMap<>();
    for (Line l : list.lines()) {
      if (l.proposedAmount() != null) {
        computed.put(l.applicationNumber(), l.proposedAmount());
      }
    }
    execution.setVariable(COMPUTED_PROPOSALS, json(computed));
    execution.setVariable(PROPOSAL_SUMMARY, text(list, computed));
  }

  /**
   * After the preparer changed a proposal on the esityslista page: the call's waiting
   * Task_AdjustProposal gets the summary of the list as it is now. The page has authorised the
   * preparer; the summary is the process's own variable, so it is written as the engine (the
   * preparer has no UPDATE on the call's instance).
   */
  public void refresh(String callKey) {
    ProposalList list = allocation.list(callKey);
    var authentication = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      for (var instance : runtime.createProcessInstanceQuery()
          .processDefinitionKey(GrantCallVariables.PROCESS_KEY).processInstanceBusinessKey(callKey)
          .active().list()) {
        Object stored = runtime.getVariable(instance.getId(), COMPUTED_PROPOSALS);
        if (stored == null) {
          continue; // not yet at the proposal list (or an instance from before this variable)
        }
        runtime.setVariable(instance.getId(), PROPOSAL_SUMMARY, text(list, amounts(stored)));
      }
    } finally {
      if (authentication != null) {
        identity.setAuthentication(authentication);
      }
    }
  }

  /** The computed amounts stored by {@link #computed}; empty when there are none. */
  public static Map<String, BigDecimal> amounts(Object stored) {
    if (!(stored instanceof String text) || text.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(text, AMOUNTS);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  /**
   * "3 hakemusta, 2 myönteistä esitystä, yhteensä 45 000,00 € / määräraha 200 000,00 €" and a
   * line per changed proposal: "2027-TI-1-0002 Yhdistys ry: ehdotettu 25 000,00 €, oikaistu
   * 20 000,00 € (Matkakulut ylimitoitettu)".
   */
  public static String text(ProposalList list, Map<String, BigDecimal> computed) {
    long granted = list.lines().stream().filter(l -> "GRANTED".equals(l.proposedDecision()))
        .count();
    StringBuilder text = new StringBuilder()
        .append(list.lines().size()).append(" hakemusta, ").append(granted)
        .append(" myönteistä esitystä, yhteensä ").append(Euro.inFinnish(list.proposedTotal()))
        .append(" / määräraha ").append(Euro.inFinnish(list.appropriation()));
    boolean first = true;
    for (Line l : list.lines()) {
      String change = adjustment(l, computed.get(l.applicationNumber()));
      if (change == null) {
        continue;
      }
      if (first) {
        text.append("\n\nValmistelijan muutokset:");
        first = false;
      }
      text.append("\n– ").append(l.applicationNumber()).append(' ')
          .append(l.organizationName()).append(": ").append(change);
    }
    return text.toString();
  }

  /**
   * "ehdotettu 25 000,00 €, oikaistu 20 000,00 € (perustelu)" for a proposal the preparer
   * changed from the computed one; null for one left as computed.
   */
  public static String adjustment(Line line, BigDecimal computed) {
    return adjustment(line.reason(), line.proposedAmount(), computed);
  }

  /** {@link #adjustment(Line, BigDecimal)} of a proposal's reason and amount. */
  public static String adjustment(String reason, BigDecimal amount, BigDecimal computed) {
    if (reason == null || !reason.startsWith(AllocationService.ADJUSTED)) {
      return null;
    }
    BigDecimal now = amount == null ? BigDecimal.ZERO : amount;
    return "ehdotettu " + (computed == null ? "–" : Euro.inFinnish(computed)) + ", oikaistu "
        + Euro.inFinnish(now) + " (" + reason.substring(AllocationService.ADJUSTED.length()) + ")";
  }

  private static String json(Map<String, BigDecimal> amounts) {
    try {
      return JSON.writeValueAsString(amounts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
