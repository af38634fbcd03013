package fi.avustukset.minno.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.minno.domain.MinnoRound;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Small conversions shared by the MINNO process adapters. */
final class ProcessValues {

  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Ids from a multi-select form field: Tasklist sends a JSON array (type Json), the engine API
   * a List, REST clients maybe a comma-separated string.
   */
  static List<Long> ids(String field, Object value) {
    List<Long> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    try {
      if (value instanceof Collection<?> collection) {
        for (Object item : collection) {
          ids.add(Long.valueOf(String.valueOf(item).trim()));
        }
        return ids;
      }
      String text = value.toString().trim();
      if (text.isEmpty()) {
        return ids;
      }
      if (text.startsWith("[")) {
        for (JsonNode item : JSON.readTree(text)) {
          ids.add(Long.valueOf(item.asText().trim()));
        }
        return ids;
      }
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          ids.add(Long.valueOf(part.trim()));
        }
      }
      return ids;
    } catch (NumberFormatException | JsonProcessingException e) {
      throw new InvalidInputException(field, "valinnat eivät ole ilmoittautumisten tunnuksia");
    }
  }

  /** Sets the registration window variables the timers and forms use (M5 warning included). */
  static void window(VariableScope scope, MinnoRound round) {
    scope.setVariable(MinnoSemesterVariables.REGISTRATION_OPENS, round.getRegistrationOpens().toString());
    scope.setVariable(MinnoSemesterVariables.REGISTRATION_CLOSES, round.getRegistrationCloses().toString());
    scope.setVariable(MinnoSemesterVariables.REGISTRATION_OPENS_AT, Date.from(
        round.getRegistrationOpens().atStartOfDay(Values.HELSINKI).toInstant()));
    scope.setVariable(MinnoSemesterVariables.REGISTRATION_CLOSES_AT, Date.from(
        round.getRegistrationCloses().plusDays(1).atStartOfDay(Values.HELSINKI).toInstant()));
    scope.setVariable(MinnoSemesterVariables.STEA_OVERLAP, round.getSteaOverlapWarning() != null);
    scope.setVariable(MinnoSemesterVariables.STEA_OVERLAP_WARNING, round.getSteaOverlapWarning());
  }

  /** Who completes a task: its assignee, else the authenticated user. */
  static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication authentication = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private ProcessValues() {}
}
