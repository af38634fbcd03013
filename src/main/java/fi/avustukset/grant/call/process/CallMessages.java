package fi.avustukset.grant.call.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Messages between a call and its applications: the one place that correlates each of them
 * (ArchitectureTest holds it). A message that finds no waiting call is dropped on purpose: the
 * call re-checks on its own timer as well, so no signal is needed twice and a lost race cannot
 * leave a call waiting for ever.
 */
@Component
public class CallMessages {

  public static final String APPLICATIONS_READY = "applications-ready";
  public static final String DECISIONS_FINAL = "decisions-final";
  public static final String DECISION_PROPOSAL = "decision-proposal";

  private final RuntimeService runtimeService;

  public CallMessages(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public void applicationsReady(String callKey) {
    runtimeService.createMessageCorrelation(APPLICATIONS_READY)
        .processInstanceBusinessKey(callKey).correlateAll();
  }

  public void decisionsFinal(String callKey) {
    runtimeService.createMessageCorrelation(DECISIONS_FINAL)
        .processInstanceBusinessKey(callKey).correlateAll();
  }

  /** The call's decision proposal to one application (grant-application waits for it). */
  public void decisionProposal(String applicationNumber, Map<String, Object> variables) {
    runtimeService.createMessageCorrelation(DECISION_PROPOSAL)
        .processInstanceBusinessKey(applicationNumber).setVariables(variables).correlateAll();
  }
}
