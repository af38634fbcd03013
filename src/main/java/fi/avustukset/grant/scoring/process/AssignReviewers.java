package fi.avustukset.grant.scoring.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.platform.identity.Groups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Task_AssignReviewers (DOMAIN.md §4, E11): the configured number of reviewers, never one with
 * a declared conflict of interest with the applicant, the least busy first. No reviewer
 * available is a configuration problem: the job fails and shows as an incident in Cockpit.
 */
@Component
public class AssignReviewers implements JavaDelegate {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final ConflictService conflicts;
  private final GrantProperties properties;

  public AssignReviewers(IdentityService identityService, TaskService taskService,
      ConflictService conflicts, GrantProperties properties) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.conflicts = conflicts;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> conflicted = conflicts.conflictedUsers((String) execution.getVariable(BUSINESS_ID));
    // One open-task count per reviewer (not one per comparison of the sort).
    Map<String, Long> load = new HashMap<>();
    identityService.createUserQuery().memberOfGroup(Groups.REVIEWERS).list().stream()
        .map(User::getId).filter(id -> !conflicted.contains(id))
        .forEach(id -> load.put(id, openTasksOf(id)));
    List<String> available = load.keySet().stream()
        .sorted(Comparator.comparingLong((String id) -> load.get(id)).thenComparing(id -> id))
        .toList();
    if (available.isEmpty()) {
      throw new IllegalStateException("No reviewer without a conflict of interest in group '"
          + Groups.REVIEWERS + "' for " + execution.getProcessBusinessKey());
    }
    int wanted = Math.min(properties.reviewersPerApplication(), available.size());
    execution.setVariable(REVIEWERS, new ArrayList<>(available.subList(0, wanted)));
  }

  /**
   * The reviewer's open tasks, counted with one plain statement: the engine's task query builds
   * its dynamic SQL (some hundred conditions) on every call, which cost more than the count
   * itself (BENCHMARKS.md, lever 12). No user is authenticated in this job, so the task
   * query checked no authorization either.
   */
  private long openTasksOf(String userId) {
    return taskService.createNativeTaskQuery()
        .sql("select count(*) from ACT_RU_TASK where ASSIGNEE_ = #{assignee}")
        .parameter("assignee", userId)
        .count();
  }
}
