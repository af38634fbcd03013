package fi.avustukset.benchmark;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.LoopCardinality;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;

/**
 * The benchmark's baseline: {@code processes/grant-application.bpmn} itself with the domain code
 * taken out, derived at run time so that it can never drift from the real model. Same
 * subprocesses, boundary events, gateways, multi-instance, timers, message, async boundaries
 * (so the same jobs and transactions) — but every service task evaluates {@code ${true}}, no task
 * or execution listener runs, and what the delegates would have decided is fixed in the model:
 * the gateway conditions on variables that only the domain code sets ({@code eligible},
 * {@code grantType}) take the measured path (eligible operating grant), the timers use the
 * default 14 days, the rectification task goes to the demo organisation's group and the two
 * reviews are assigned to {@code reviewer1} and {@code reviewer2} by loop counter. Variables the
 * task forms send ({@code decision}, {@code takeOver}, {@code rectificationRequested}) drive the
 * rest of the path exactly as in the real model.
 */
final class BareModel {

  static final String KEY = "bare-application";

  /** Conditions on variables written only by domain code → the measured path's constant. */
  private static final Map<String, String> FIXED_CONDITIONS = Map.of(
      "${eligible}", "${true}",
      "${!eligible}", "${false}",
      "${grantType == 'OPERATING_INNOVATION'}", "${true}",
      "${grantType == 'PARTNERSHIP'}", "${false}");

  static BpmnModelInstance fromRealModel(Path realModel) {
    try (InputStream in = Files.newInputStream(realModel)) {
      return derive(Bpmn.readModelFromStream(in));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnModelInstance derive(BpmnModelInstance model) {
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    process.setId(KEY);
    process.setName("Vertailuprosessi (ei toimialakoodia)");
    process.setCamundaHistoryTimeToLiveString("P1D");
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "class");
      task.setCamundaExpression("${true}");
    }
    for (CamundaTaskListener l : new ArrayList<>(model.getModelElementsByType(CamundaTaskListener.class))) {
      l.getParentElement().removeChildElement(l);
    }
    for (CamundaExecutionListener l
        : new ArrayList<>(model.getModelElementsByType(CamundaExecutionListener.class))) {
      l.getParentElement().removeChildElement(l);
    }
    for (ExtensionElements e : new ArrayList<>(model.getModelElementsByType(ExtensionElements.class))) {
      if (e.getElements().isEmpty()) {
        e.getParentElement().removeChildElement(e);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      ConditionExpression c = flow.getConditionExpression();
      if (c != null && FIXED_CONDITIONS.containsKey(c.getTextContent().trim())) {
        c.setTextContent(FIXED_CONDITIONS.get(c.getTextContent().trim()));
      }
    }
    for (TimeDuration d : model.getModelElementsByType(TimeDuration.class)) {
      if (d.getTextContent().contains("${")) {
        d.setTextContent("P14D");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      // The project's form-rule check is attached to user tasks with a Camunda Form: none here.
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
      if ("${applicantGroup}".equals(task.getCamundaCandidateGroups())) {
        task.setCamundaCandidateGroups("org12345671");
      }
      MultiInstanceLoopCharacteristics mi = task.getChildElementsByType(
          MultiInstanceLoopCharacteristics.class).stream().findFirst().orElse(null);
      if (mi != null) {
        mi.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "collection");
        mi.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "elementVariable");
        LoopCardinality two = model.newInstance(LoopCardinality.class);
        two.setTextContent("2");
        mi.setLoopCardinality(two);
        task.setCamundaAssignee("reviewer${loopCounter + 1}");
      }
    }
    Bpmn.validateModel(model);
    return model;
  }

  private BareModel() {}
}
