package fi.avustukset.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.notification.AgreementNotifications;
import fi.avustukset.grant.notification.GrantNotifications;
import fi.avustukset.grant.notification.ReportNotifications;
import fi.avustukset.minno.process.MinnoNotifications;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The notifications hook process steps by element id without touching the models: if a model
 * renames or removes a hooked element, this fails (instead of a message silently never sent).
 */
class MailHooksModelTest {

  record Hooked(String process, String element, boolean userTask) {}

  static List<ProcessMailHooks> allHooks() {
    return List.of(new GrantNotifications(null, null, null, "/x/{number}"),
        new AgreementNotifications(null, null, null), new ReportNotifications(null, null, null),
        new MinnoNotifications(null, null),
        new fi.avustukset.grant.change.process.ChangeNotifications(null, null));
  }

  @Test
  void everyHookedElementExistsInTheModels() {
    Map<String, Map<String, FlowNode>> models = new HashMap<>();
    for (File file : new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"))) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (Process process : model.getModelElementsByType(Process.class)) {
        Map<String, FlowNode> nodes = new HashMap<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> nodes.put(n.getId(), n));
        models.put(process.getId(), nodes);
      }
    }
    List<Hooked> hooked = new ArrayList<>();
    ProcessMailHooks.Registry registry = new ProcessMailHooks.Registry() {
      public void onEnd(String p, String e, Consumer<DelegateExecution> a) { hooked.add(new Hooked(p, e, false)); }
      public void onStart(String p, String e, Consumer<DelegateExecution> a) { hooked.add(new Hooked(p, e, false)); }
      public void onTaskCreate(String p, String e, Consumer<DelegateTask> a) { hooked.add(new Hooked(p, e, true)); }
      public void onTaskComplete(String p, String e, Consumer<DelegateTask> a) { hooked.add(new Hooked(p, e, true)); }
    };
    allHooks().forEach(h -> h.register(registry));
    assertThat(hooked).isNotEmpty();
    for (Hooked h : hooked) {
      assertThat(models).as("process " + h.process()).containsKey(h.process());
      FlowNode node = models.get(h.process()).get(h.element());
      assertThat(node).as(h.process() + " has element " + h.element()).isNotNull();
      if (h.userTask()) {
        assertThat(node).as(h.element() + " is a user task").isInstanceOf(UserTask.class);
      }
    }
  }
}
