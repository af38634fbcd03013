package fi.avustukset.platform.process;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.FieldLabels;
import fi.avustukset.platform.errors.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Process start listener (added by {@link InputGuardPlugin}) that refuses every start variable
 * outside the process's {@link StartFields}. A start by a call activity is the process itself
 * passing its data on and is not checked.
 */
class StartVariableGuard implements ExecutionListener {

  private final StartFields fields;

  StartVariableGuard(StartFields fields) {
    this.fields = fields;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null || execution.getParentId() != null
        && !Objects.equals(execution.getId(), execution.getProcessInstanceId())) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    for (String name : new TreeSet<>(execution.getVariableNamesLocal())) {
      if (fields.allowed().contains(name)) {
        continue;
      }
      if (name.equals(fields.initiator())) {
        Authentication current = execution.getProcessEngineServices().getIdentityService()
            .getCurrentAuthentication();
        Object value = execution.getVariableLocal(name);
        if (value == null || current != null && Objects.equals(current.getUserId(), value)) {
          continue;
        }
        errors.add(new FieldError(name, "Käyttäjän tunnus asetetaan prosessissa kirjautumisen"
            + " mukaan, eikä sitä voi antaa aloitettaessa."));
      } else if (fields.processOwned().contains(name)) {
        String label = FieldLabels.label(name);
        errors.add(new FieldError(name, "Tietoa ”" + (label != null ? label : name) + "” ei voi"
            + " antaa aloitettaessa: prosessi asettaa sen itse."));
      } else {
        errors.add(new FieldError(name, "Tuntematon kenttä ”" + name + "”: aloituksessa voi antaa"
            + " vain lomakkeen kentät."));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
