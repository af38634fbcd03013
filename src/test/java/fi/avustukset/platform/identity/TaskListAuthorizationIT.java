package fi.avustukset.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Tasklist's page view through engine-rest with authorization checks done per row
 * ({@code authorization-check-revokes: always}, BENCHMARKS.md "Task lists"): the filters'
 * counts and lists show a user exactly the tasks they are authorized for — their own, their
 * group's — and a user's REVOKE authorization hides a group's task from that user's count and
 * list.
 */
class TaskListAuthorizationIT extends PostgresIntegrationTest {

  @Autowired
  TaskService taskService;

  @Autowired
  AuthorizationService authorizationService;

  @Autowired
  ProcessEngineConfiguration engineConfiguration;

  final List<String> created = new ArrayList<>();

  @AfterEach
  void deleteTasks() {
    created.forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void countsAndListsShowTheUsersOwnAndGroupTasksAndHonourARevoke() {
    assertThat(engineConfiguration.getAuthorizationCheckRevokes()).isEqualTo("always");
    long mineBefore = count("reviewer1", "Minun tehtäväni");
    long groupBefore = count("reviewer1", "Ryhmän tehtävät");

    String mine = task("Oma arviointi " + UUID.randomUUID(), "reviewer1", null);
    String other = task("Toisen arviointi " + UUID.randomUUID(), "reviewer2", null);
    String group = task("Ryhmän arviointi " + UUID.randomUUID(), null, Groups.REVIEWERS);

    assertThat(count("reviewer1", "Minun tehtäväni")).isEqualTo(mineBefore + 1);
    assertThat(count("reviewer1", "Ryhmän tehtävät")).isEqualTo(groupBefore + 1);
    assertThat(list("reviewer1", "Minun tehtäväni")).contains(mine).doesNotContain(other, group);
    assertThat(list("reviewer1", "Ryhmän tehtävät")).contains(group).doesNotContain(mine, other);
    // reviewer2 sees the group task too, but not reviewer1's own one
    assertThat(list("reviewer2", "Minun tehtäväni")).contains(other).doesNotContain(mine);
    assertThat(list("reviewer2", "Ryhmän tehtävät")).contains(group);

    // a REVOKE for reviewer1 on the group's task (a user's authorization outranks the
    // group's grant) hides it from reviewer1's count and list, not from reviewer2's
    Authorization revoke = authorizationService.createNewAuthorization(
        Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("reviewer1");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(group);
    revoke.removePermission(Permissions.READ);
    String revokeId = authorizationService.saveAuthorization(revoke).getId();
    try {
      assertThat(count("reviewer1", "Ryhmän tehtävät")).isEqualTo(groupBefore);
      assertThat(list("reviewer1", "Ryhmän tehtävät")).doesNotContain(group);
      assertThat(list("reviewer2", "Ryhmän tehtävät")).contains(group);
    } finally {
      authorizationService.deleteAuthorization(revokeId);
    }
    assertThat(list("reviewer1", "Ryhmän tehtävät")).contains(group);
  }

  String task(String name, String assignee, String candidateGroup) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    created.add(task.getId());
    if (assignee != null) {
      taskService.setAssignee(task.getId(), assignee);
    }
    if (candidateGroup != null) {
      taskService.addCandidateGroup(task.getId(), candidateGroup);
    }
    return task.getId();
  }

  JsonNode filter(String user, String name) {
    JsonNode filters = as(user).getForObject("/engine-rest/filter?resourceType=Task&itemCount=true",
        JsonNode.class);
    for (JsonNode filter : filters) {
      if (name.equals(filter.path("name").asText())) {
        return filter;
      }
    }
    throw new AssertionError(user + " does not see the filter " + name + ": " + filters);
  }

  long count(String user, String name) {
    return filter(user, name).path("itemCount").asLong();
  }

  List<String> list(String user, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    JsonNode tasks = as(user).postForObject("/engine-rest/filter/" + filter(user, name).path("id")
        .asText() + "/list?firstResult=0&maxResults=1000", new HttpEntity<>(
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", headers),
        JsonNode.class);
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }
}
