package fi.avustukset.platform.identity;

import static fi.avustukset.platform.identity.Groups.*;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters per role, created at first start and kept by name (idempotent). The filter
 * is only a saved query: what a user sees in it is still limited by task authorizations.
 */
@Component
@Order(4)
public class TaskFilterSetup implements ApplicationRunner {

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TaskFilterSetup(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  record FilterSpec(String name, String description, int priority, String color,
      Supplier<TaskQuery> query, List<String> groups) {}

  List<FilterSpec> specs() {
    List<String> everyone = new ArrayList<>(STAFF);
    everyone.add(APPLICANTS);
    return List.of(
        new FilterSpec("Minun tehtäväni", "Minulle varatut tehtävät", -10, "#1f77b4",
            () -> taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
            everyone),
        new FilterSpec("Ryhmän tehtävät", "Ryhmilleni tarjotut, varaamattomat tehtävät", -5,
            "#2ca02c",
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned(),
            everyone),
        new FilterSpec("Myöhässä olevat", "Tehtävät, joiden määräaika on ohitettu", 0, "#d62728",
            () -> taskService.createTaskQuery().dueBeforeExpression("${now()}"),
            everyone),
        new FilterSpec("Hakemusten käsittely", "Avustushakemusten tehtävät, jotka on annettu"
            + " sinulle tai ryhmällesi (myös varatut)", 5, "#9467bd",
            () -> workOfMine(taskService.createTaskQuery()
                .processDefinitionKey(AuthorizationSetup.GRANT_APPLICATION)),
            List.of(GRANT_SECRETARY, MANAGERS)),
        new FilterSpec("Sopimukset ja raportit", "Avustussopimusten, maksatusten ja raporttien"
            + " tehtävät, jotka on annettu sinulle tai ryhmällesi (myös varatut)", 6, "#17becf",
            () -> workOfMine(taskService.createTaskQuery().processDefinitionKeyIn(
                AuthorizationSetup.GRANT_AGREEMENT, AuthorizationSetup.GRANT_REPORT)),
            List.of(GRANT_SECRETARY, SERVICE_AREA, MANAGERS)),
        new FilterSpec("MINNO-kierros", "MINNO-lukukauden tehtävät, jotka on annettu sinulle tai"
            + " ryhmällesi (myös varatut)", 5, "#ff7f0e",
            () -> workOfMine(taskService.createTaskQuery().processDefinitionKeyIn(
                AuthorizationSetup.MINNO_SEMESTER, AuthorizationSetup.MINNO_REGISTRATION)),
            List.of(MINNO_COORDINATOR, UNIVERSITY, MANAGERS)));
  }

  /**
   * Narrows a process's tasks to those offered to the user or the user's groups, claimed or
   * not, or assigned to the user: the tasks a user of these groups may see at all (task
   * authorizations come from exactly these links; no group reads a whole process's tasks).
   * Without it the engine checks the authorization of every open task of the process, row by
   * row, also for a user who may see none of them (BENCHMARKS.md "Task lists").
   */
  static TaskQuery workOfMine(TaskQuery query) {
    // A candidate user is also one whose group is a candidate (the engine resolves the groups).
    return query.or()
        .taskCandidateUserExpression("${currentUser()}")
        .includeAssignedTasks()
        .taskAssigneeExpression("${currentUser()}")
        .endOr();
  }

  @Override
  public void run(ApplicationArguments args) {
    for (FilterSpec spec : specs()) {
      Filter filter = filterService.createFilterQuery().filterName(spec.name()).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(spec.name());
      }
      filter.setQuery(spec.query().get());
      filter.setProperties(Map.of(
          "description", spec.description(),
          "priority", spec.priority(),
          "color", spec.color(),
          "refresh", true));
      filter = filterService.saveFilter(filter);
      for (String group : spec.groups()) {
        grantRead(filter.getId(), group);
      }
    }
  }

  private void grantRead(String filterId, String groupId) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(filterId).groupIdIn(groupId).count() > 0;
    if (!exists) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
