package fi.avustukset.grant.application.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.avustukset.grant.call.domain.GrantCall;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Fits the application start form ({@code forms/grant-application-start.form}) to the person
 * opening it: the open calls become the choices of {@code callKey} (nobody types a call code),
 * and the organisation name and Y-tunnus are prefilled when the user acts for exactly one
 * organisation. Tasklist 7.24 gives a Camunda Form on a start event no form variables, so the
 * form definition itself is what carries them ({@link ApplicationStartFormFilter}).
 */
public final class ApplicationStartForm {

  public static final String FORM_ID = "grant-application-start";
  static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  /** The organisation a user applies for: its registered name and Y-tunnus. */
  public record Organisation(String name, String businessId) {}

  public static boolean isApplicationStartForm(JsonNode form) {
    return form != null && FORM_ID.equals(form.path("id").asText());
  }

  /** Changes {@code form} in place and returns it. */
  public static ObjectNode personalise(ObjectNode form, List<GrantCall> openCalls,
      Optional<Organisation> organisation) {
    ObjectNode call = field(form, "callKey");
    if (call != null) {
      ArrayNode values = call.putArray("values");
      for (GrantCall c : openCalls) {
        values.addObject().put("label", label(c)).put("value", c.getCallKey());
      }
      call.remove("valuesKey");
      if (openCalls.isEmpty()) {
        call.put("description", "Yhtään hakua ei ole nyt auki. Hakuajat ilmoitetaan hakuilmoituksessa.");
      } else if (openCalls.size() == 1) {
        call.put("defaultValue", openCalls.get(0).getCallKey());
      }
    }
    organisation.ifPresent(org -> {
      prefill(form, "organizationName", org.name());
      prefill(form, "businessId", org.businessId());
    });
    return form;
  }

  /** E.g. "Toiminta-avustukset 2027 (2027-TI-1), hakuaika päättyy 31.1.2027". */
  static String label(GrantCall call) {
    return call.getName() + " (" + call.getCallKey() + "), hakuaika päättyy "
        + FINNISH_DATE.format(call.getApplicationDeadline());
  }

  private static void prefill(ObjectNode form, String key, String value) {
    ObjectNode field = field(form, key);
    if (field != null && value != null && !value.isBlank()) {
      field.put("defaultValue", value);
    }
  }

  /** The component with this key, anywhere in the form (groups nest components). */
  static ObjectNode field(JsonNode container, String key) {
    for (JsonNode component : container.path("components")) {
      if (key.equals(component.path("key").asText()) && component instanceof ObjectNode o) {
        return o;
      }
      ObjectNode nested = field(component, key);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  private ApplicationStartForm() {}
}
