package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.support.Await;
import fi.avustukset.support.PostgresIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovery within a minute (issue 9.6): a job that a crashed node had locked (its lock owner
 * gone, the lock as a node leaves it when killed in the middle of its work) is taken over and
 * done by this node as soon as the 30-second lock expires — once — instead of after the
 * engine's default five minutes.
 */
class JobRecoveryIT extends PostgresIntegrationTest {

  @Autowired
  ProcessEngineConfiguration configuration;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void theJobsOfAKilledNodeAreDoneWithinAMinute() {
    var jobExecutor = ((ProcessEngineConfigurationImpl) configuration).getJobExecutor();
    assertThat(jobExecutor.getLockTimeInMillis()).as("lock time").isEqualTo(30_000);
    assertThat(jobExecutor.getMaxWait()).as("longest idle wait").isLessThanOrEqualTo(5_000);

    BpmnModelInstance probe = Bpmn.createExecutableProcess("crash-recovery-probe")
        .startEvent().serviceTask("Task_Work").camundaAsyncBefore()
        .camundaExpression("${execution.setVariable('runs', (runs == null ? 0 : runs) + 1)}")
        .userTask("Task_After").endEvent().done();
    repositoryService.createDeployment().name("crash-recovery-probe")
        .addModelInstance("crash-recovery-probe.bpmn", probe).deploy();

    // A node acquired the job and was killed (kill -9) before finishing it: the row keeps the
    // dead node's lock for the full lock time from the moment of acquisition.
    Instant acquired = Instant.now();
    String instanceId = transactions.execute(tx -> {
      String id = runtimeService.createProcessInstanceByKey("crash-recovery-probe")
          .setVariable("runs", null).execute().getId();
      int locked = jdbc.update("update act_ru_job set lock_owner_ = 'dead-node', lock_exp_time_ = ?"
          + " where process_instance_id_ = ?", Timestamp.from(acquired.plusMillis(
              jobExecutor.getLockTimeInMillis())), id);
      assertThat(locked).isEqualTo(1);
      return id;
    });

    Await.until("the dead node's job done by this node", Duration.ofSeconds(60),
        () -> runtimeService.createExecutionQuery().processInstanceId(instanceId)
            .activityId("Task_After").count() == 1);
    Duration took = Duration.between(acquired, Instant.now());
    assertThat(took).as("taken over after the lock expired, within a minute")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(25)).isLessThan(Duration.ofSeconds(60));
    assertThat(runtimeService.getVariable(instanceId, "runs")).as("done once").isEqualTo(1L);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_job where process_instance_id_ = ?",
        Long.class, instanceId)).isZero();
    runtimeService.deleteProcessInstance(instanceId, "test over");
  }
}
