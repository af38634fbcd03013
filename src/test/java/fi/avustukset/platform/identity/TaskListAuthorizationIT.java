package fi.avustukset.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpStatus;
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

  /**
   * The staff filters narrowed to the user's work (TaskFilterSetup.workOfMine, BENCHMARKS.md
   * "Task lists"): the secretary's eligibility review is in *Hakemusten käsittely* unclaimed,
   * claimed by the secretary and claimed by someone else (the group still offers it); it is
   * gone once the group no longer does.
   */
  @Test
  void theApplicationFilterListsTheTasksOfTheUsersGroupClaimedOrNot() {
    String callKey = CallFixture.openCall(this, "Suodatinhaku", "OPERATING_INNOVATION", 500_000);
    Map<String, Object> ineligible = CallFixture.application(2, "Suodatettava", 20_000);
    ineligible.put("serviceDirectory", "NONE");
    assertThat(as("applicant2").postForEntity("/api/calls/" + callKey + "/applications",
        ineligible, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey="
        + callKey, JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute", null,
        String.class);
    var secretary = new EngineRestClient(as("secretary"));
    String mine = "processInstanceBusinessKeyLike=" + callKey + "-%"
        + "&taskDefinitionKey=Task_ReviewEligibility";
    Await.until("eligibility review", Duration.ofMinutes(3),
        () -> secretary.tasks(mine).size() == 1);
    String review = secretary.tasks(mine).get(0).path("id").asText();
    String filter = "Hakemusten käsittely";

    assertThat(list("secretary", filter)).contains(review);
    assertThat(count("secretary", filter)).isGreaterThanOrEqualTo(1);
    taskService.setAssignee(review, "secretary");
    assertThat(list("secretary", filter)).contains(review);
    assertThat(list("secretary", "Minun tehtäväni")).contains(review);
    taskService.setAssignee(review, "manager");
    assertThat(list("secretary", filter)).as("claimed by another, still offered to the group")
        .contains(review);
    long withIt = count("secretary", filter);
    taskService.deleteCandidateGroup(review, Groups.GRANT_SECRETARY);
    assertThat(list("secretary", filter)).doesNotContain(review);
    assertThat(count("secretary", filter)).isEqualTo(withIt - 1);
    taskService.addCandidateGroup(review, Groups.GRANT_SECRETARY);
    taskService.setAssignee(review, null);
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
