package fi.avustukset.grant.conflict.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * E11 on the preparation, review, negotiation and committee tasks of an application:
 * <ul>
 *   <li>candidates: when someone in the task's group has declared a conflict with the
 *       applicant, the task is offered to the group's other members by name instead of the
 *       group ({@link #candidateGroups}, {@link #candidateUsers});</li>
 *   <li>create: on committee tasks the conflicted members are recorded as recused;</li>
 *   <li>assignment: a conflicted user cannot claim or be given the task;</li>
 *   <li>complete: a conflicted user cannot complete it.</li>
 * </ul>
 */
@Component
public class ConflictGuard implements TaskListener {

  private final ConflictService conflicts;
  private final GrantDecisionService decisions;
  private final IdentityService identityService;

  public ConflictGuard(ConflictService conflicts, GrantDecisionService decisions,
      IdentityService identityService) {
    this.conflicts = conflicts;
    this.decisions = decisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String businessId = (String) task.getVariable(BUSINESS_ID);
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> onCreate(task, businessId);
      case EVENTNAME_ASSIGNMENT -> requireNotConflicted(task.getAssignee(), businessId, task);
      case EVENTNAME_COMPLETE -> {
        Authentication current = identityService.getCurrentAuthentication();
        requireNotConflicted(current == null ? null : current.getUserId(), businessId, task);
      }
      default -> { }
    }
  }

  /** Committee tasks: members with a conflict are recorded as recused (E11). */
  private void onCreate(DelegateTask task, String businessId) {
    Set<String> conflicted = conflicts.conflictedUsers(businessId);
    if (conflicted.isEmpty()) {
      return;
    }
    boolean committeeTask = task.getCandidates().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
            && Groups.COMMITTEE.equals(link.getGroupId()));
    if (committeeTask) {
      decisions.recordRecusals((String) task.getVariable(APPLICATION_NUMBER),
          members(Groups.COMMITTEE).stream().filter(conflicted::contains).toList());
    }
  }

  /**
   * Candidate groups of a preparation task ({@code camunda:candidateGroups} expression): the
   * group itself while none of its members has a conflict with the applicant, else none.
   */
  public List<String> candidateGroups(DelegateExecution execution, String group) {
    return hasConflictedMember(execution, group) ? List.of() : List.of(group);
  }

  /**
   * Candidate users of a preparation task ({@code camunda:candidateUsers} expression): when a
   * member of the group has a conflict, the task is offered by name to the other members.
   */
  public List<String> candidateUsers(DelegateExecution execution, String group) {
    if (!hasConflictedMember(execution, group)) {
      return List.of();
    }
    Set<String> conflicted = conflicts.conflictedUsers((String) execution.getVariable(BUSINESS_ID));
    return members(group).stream().filter(m -> !conflicted.contains(m)).toList();
  }

  private boolean hasConflictedMember(DelegateExecution execution, String group) {
    Set<String> conflicted = conflicts.conflictedUsers((String) execution.getVariable(BUSINESS_ID));
    return !conflicted.isEmpty() && members(group).stream().anyMatch(conflicted::contains);
  }

  private List<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getId).toList();
  }

  private void requireNotConflicted(String userId, String businessId, DelegateTask task) {
    if (userId != null && conflicts.isConflicted(userId, businessId)) {
      throw new ConflictOfInterestException("Käyttäjä " + userId + " on esteellinen hakemuksen "
          + task.getVariable(APPLICATION_NUMBER) + " käsittelyyn (E11)");
    }
  }

  /**
   * Refuses the operation; the engine rolls the claim or completion back. A refusal the person
   * can read (403 with this Finnish sentence on engine-rest and the webapps' API), not a failure.
   */
  public static class ConflictOfInterestException extends ForbiddenException {
    public ConflictOfInterestException(String message) {
      super(message);
    }
  }
}
