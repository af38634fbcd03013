package fi.avustukset.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Authentication and least privilege over REST (CONTRACT.md "Security"). */
class SecurityIT extends PostgresIntegrationTest {

  @Autowired
  TaskService taskService;

  @Autowired
  org.camunda.bpm.engine.IdentityService identityService;

  @Test
  void unauthenticatedAndWrongPasswordAreRefused() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/api/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A user of its own: Camunda delays logins after a failed attempt (brute-force guard).
    if (identityService.createUserQuery().userId("probeuser").count() == 0) {
      var user = identityService.newUser("probeuser");
      user.setPassword("right-password-1");
      identityService.saveUser(user);
    }
    assertThat(rest.withBasicAuth("probeuser", "wrong").getForEntity("/api/me", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("probeuser", "wrong").getForEntity("/engine-rest/task",
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void applicantKnowsOwnOrganisation() {
    JsonNode me = as("applicant1").getForObject("/api/me", JsonNode.class);
    assertThat(me.path("userId").asText()).isEqualTo("applicant1");
    assertThat(me.path("organizations").toString()).contains("1234567-1");
  }

  @Test
  void applicantSeesOnlyOwnOrganisationsTasks() {
    Task forOrg1 = organisationTask("Täydennä hakemus (org 1)", DemoIdentity.ORGANIZATION_1);
    Task forOrg2 = organisationTask("Täydennä hakemus (org 2)", DemoIdentity.ORGANIZATION_2);
    try {
      assertThat(taskIds(as("applicant1"))).contains(forOrg1.getId()).doesNotContain(forOrg2.getId());
      assertThat(taskIds(as("applicant2"))).contains(forOrg2.getId()).doesNotContain(forOrg1.getId());
      // Nor can applicant1 read or complete the other organisation's task directly.
      assertThat(as("applicant1").getForEntity("/engine-rest/task/" + forOrg2.getId(),
          String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(as("applicant1").postForEntity("/engine-rest/task/" + forOrg2.getId()
          + "/complete", java.util.Map.of(), String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      taskService.deleteTask(forOrg1.getId(), true);
      taskService.deleteTask(forOrg2.getId(), true);
    }
  }

  @Test
  void onlyDesignersAndAdminsMayDeploy() {
    assertThat(deploy("secretary").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("manager").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("applicant1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("designer").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(deploy("admin").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void staffCannotStartProcessesOutsideTheirRole() {
    ResponseEntity<String> reviewerStartsCall = as("reviewer1").postForEntity(
        "/engine-rest/process-definition/key/grant-call/start", java.util.Map.of(), String.class);
    assertThat(reviewerStartsCall.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private Task organisationTask(String name, DemoIdentity.DemoOrganization organisation) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), organisation.groupId());
    return task;
  }

  private List<String> taskIds(TestRestTemplate client) {
    JsonNode tasks = client.getForObject("/engine-rest/task", JsonNode.class);
    return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("id").asText())
        .toList();
  }

  private ResponseEntity<String> deploy(String userId) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
          <process id="security-probe-%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="start"/><sequenceFlow id="f" sourceRef="start" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """.formatted(userId);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "probe-" + userId);
    body.add("data", new ByteArrayResource(bpmn.getBytes()) {
      @Override
      public String getFilename() {
        return "probe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(userId, userId);
    return rest.postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class);
  }
}
