package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_DecideReclaim (takaisinperintä, 688/2001 practice): records the
 * decision; an amount over what was paid (less earlier reclaims), no ground or no reasons
 * refuse the completion.
 */
@Component
public class ApplyReclaimDecision implements TaskListener {

  private final ReportObligationService reports;

  public ApplyReclaimDecision(ReportObligationService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.decideReclaim((String) task.getVariable(APPLICATION_NUMBER),
        ((Number) task.getVariable(REPORT_YEAR)).intValue(), task.getVariable(RECLAIM_AMOUNT),
        task.getVariable(RECLAIM_GROUNDS), (String) task.getVariable(RECLAIM_REASONS),
        ProcessSupport.actor(task));
  }
}
