package fi.avustukset.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.FieldLabels;
import fi.avustukset.platform.errors.Refusal;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Tells a client's mistake from a real failure, for every path that reaches the engine
 * (engine-rest, /api, the webapps): the project's own refusals anywhere in the cause chain
 * ({@link Refusal#of}), and Camunda's own refusals of bad requests — unknown task, bad variable
 * values, a JSON body that does not parse, a process task deleted, nothing to correlate — with a
 * Finnish sentence instead of the engine's English. Anything else is a real failure (empty).
 */
public final class ClientMistakes {

  private static final Pattern QUOTED_NAME = Pattern.compile(
      "(?:variable with name |(?:variable|name|field|Variable)\\s+')([A-Za-z_][A-Za-z0-9_.-]{0,80})");

  public static Optional<Refusal> classify(Throwable thrown) {
    Optional<Refusal> own = Refusal.of(thrown);
    if (own.isPresent()) {
      return own;
    }
    List<Throwable> chain = chain(thrown);
    String messages = chain.stream().map(t -> String.valueOf(t.getMessage()))
        .collect(Collectors.joining(" | "));
    for (Throwable t : chain) {
      if (t instanceof FormFieldValidatorException invalid) {
        return Optional.of(formField(invalid));
      }
      if (t instanceof FormFieldValidationException) {
        return Optional.of(Refusal.badRequest(null, "Lomakkeen tiedot eivät kelpaa: tarkista kentät."));
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        if (sql.getSQLState().equals("23505")) {
          return Optional.of(new Refusal(409, "Sama tieto on jo tallennettu, ehkä juuri samaan"
              + " aikaan. Tarkista tilanne ja yritä tarvittaessa uudelleen.", null, List.of()));
        }
        if (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05")) {
          return Optional.of(Refusal.badRequest(null, "Tekstissä on merkkejä, joita ei voi"
              + " tallentaa (esimerkiksi ohjausmerkkejä)."));
        }
      }
      if (t instanceof OptimisticLockingException
          || t instanceof org.springframework.dao.OptimisticLockingFailureException) {
        return Optional.of(new Refusal(409, "Joku muu muutti samaa asiaa samaan aikaan."
            + " Lataa tiedot uudelleen ja yritä uudestaan.", null, List.of()));
      }
      if (t instanceof AuthorizationException) {
        return Optional.of(new Refusal(403, "Sinulla ei ole oikeutta tähän toimintoon.", null,
            List.of()));
      }
      if (t instanceof com.fasterxml.jackson.core.JsonParseException) {
        return Optional.of(Refusal.badRequest("body",
            "Pyynnön sisältö ei ole kelvollista JSONia."));
      }
      if (t instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
          && !(mapping.getCause() instanceof com.fasterxml.jackson.core.JsonParseException)) {
        String field = path(mapping);
        return Optional.of(Refusal.badRequest(field, label(field)
            + ": arvo on väärää tyyppiä tai väärässä muodossa."));
      }
      if (t instanceof JsonProcessingException) {
        return Optional.of(Refusal.badRequest("body",
            "Pyynnön sisältö ei ole kelvollista JSONia."));
      }
      if (t instanceof ClassCastException && thrownByUs(t)) {
        return Optional.of(Refusal.badRequest(null,
            "Jonkin kentän arvo on väärää tyyppiä: valitse vaihtoehto annetuista ja anna"
                + " luvut numeroina."));
      }
      if (t instanceof NullPointerException && thrownBy(t, "org.camunda.bpm.engine.rest")) {
        return Optional.of(Refusal.badRequest("body", "Pyynnön sisältö puuttuu."));
      }
    }
    Optional<Refusal> known = byMessage(messages);
    if (known.isPresent()) {
      return known;
    }
    for (Throwable t : chain) {
      if (t instanceof RestException rest && rest.getStatus() != null
          && rest.getStatus().getStatusCode() < 500) {
        return Optional.of(byStatus(rest.getStatus().getStatusCode(), messages));
      }
      if (t instanceof WebApplicationException web && web.getResponse() != null
          && web.getResponse().getStatus() < 500) {
        return Optional.of(byStatus(web.getResponse().getStatus(), messages));
      }
      if (t instanceof BadUserRequestException || t instanceof ParseException) {
        return Optional.of(byStatus(400, messages));
      }
      if (t instanceof NullValueException) {
        return Optional.of(byStatus(400, messages));
      }
    }
    return Optional.empty();
  }

  /** Camunda's own refusals, recognised by what they say. */
  private static Optional<Refusal> byMessage(String m) {
    if (matches(m, "Cannot find task|task is null|No task found|Task with id .* (does not exist|not found)"
        + "|No matching task|task .* doesn't exist")) {
      return Optional.of(new Refusal(404,
          "Tehtävää ei löydy: se on ehkä jo tehty tai poistettu.", null, List.of()));
    }
    if (matches(m, "(?i)part of a running process|is part of a process|cannot delete task")) {
      return Optional.of(Refusal.badRequest(null, "Prosessin tehtävää ei voi poistaa: se päättyy,"
          + " kun tehtävä tehdään tai prosessi etenee."));
    }
    if (matches(m, "(?i)no (deployed )?process definition (found )?(with|for) key"
        + "|process definition .* (is null|not found|does not exist)|no process definition found")) {
      return Optional.of(new Refusal(404, "Prosessia ei löydy.", null, List.of()));
    }
    if (matches(m, "(?i)conditional start event|No subscriptions were found during evaluation")) {
      return Optional.of(Refusal.badRequest(null,
          "Mikään prosessi ei odota tätä ehtoa; anna muuttujat, joita prosessin alku odottaa."));
    }
    if (matches(m, "(?i)Cannot correlate message|No process definition or execution matches")) {
      return Optional.of(Refusal.badRequest("messageName",
          "Viestiä ei voi kohdistaa: mikään prosessi ei odota sitä näillä tiedoilla."));
    }
    if (matches(m, "(?i)java serialization|serialization format|Cannot deserialize|Unsupported value type"
        + "|Cannot convert value|Must provide|valueInfo|objectTypeName|Cannot find serializer"
        + "|Cannot set variable|ClassNotFound|Could not load class|SPIN/|Cannot (create|parse|read) .*(json|xml|value)"
        + "|variable type|deserializ")) {
      String field = firstQuotedName(m);
      String label = field == null ? null : FieldLabels.label(field);
      return Optional.of(Refusal.badRequest(field, (label != null ? label + ": a" : "A")
          + "rvo on väärässä muodossa tai sen tyyppiä ei hyväksytä (käytä tekstiä, lukuja,"
          + " totuusarvoja, päivämääriä tai JSONia)."));
    }
    return Optional.empty();
  }

  private static Refusal byStatus(int status, String messages) {
    String sentence = switch (status) {
      case 401 -> "Kirjaudu sisään.";
      case 403 -> "Sinulla ei ole oikeutta tähän toimintoon.";
      case 404 -> "Pyydettyä kohdetta ei löydy.";
      case 405 -> "Tätä toimintoa ei voi tehdä tähän osoitteeseen.";
      case 406 -> "Pyydettyä vastausmuotoa ei ole saatavilla.";
      case 409 -> "Tieto on jo olemassa tai sitä muutettiin samaan aikaan.";
      case 415 -> "Pyynnön sisällön tyyppi ei kelpaa: lähetä JSONia.";
      default -> "Pyyntö on virheellinen: tarkista lähetetyt tiedot.";
    };
    String field = status == 400 ? firstQuotedName(messages) : null;
    return new Refusal(status == 400 || status >= 401 && status < 500 ? status : 400, sentence,
        field, field == null ? List.of() : List.of(new FieldError(field, sentence)));
  }

  private static Refusal formField(FormFieldValidatorException e) {
    String field = e.getId();
    String label = label(field);
    String sentence = switch (String.valueOf(e.getName())) {
      case "required" -> label + ": arvo puuttuu.";
      case "minlength" -> label + ": teksti on liian lyhyt.";
      case "maxlength" -> label + ": teksti on liian pitkä.";
      case "min" -> label + ": arvo on liian pieni.";
      case "max" -> label + ": arvo on liian suuri.";
      case "readonly" -> label + ": kenttää ei voi muuttaa.";
      default -> label + ": arvo ei kelpaa.";
    };
    return Refusal.badRequest(field, sentence);
  }

  private static String label(String field) {
    String label = FieldLabels.label(field);
    return label != null ? label : "Kenttä";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String firstQuotedName(String messages) {
    Matcher m = QUOTED_NAME.matcher(messages);
    return m.find() ? m.group(1) : null;
  }

  private static boolean matches(String text, String regex) {
    return Pattern.compile(regex).matcher(text).find();
  }

  private static boolean thrownByUs(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length > 0 && thrownBy(t, "fi.avustukset");
  }

  /** Whether the first frames of the throwable (its origin) are in the given package. */
  private static boolean thrownBy(Throwable t, String packagePrefix) {
    StackTraceElement[] trace = t.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 3); i++) {
      if (trace[i].getClassName().startsWith(packagePrefix)) {
        return true;
      }
    }
    return false;
  }

  static List<Throwable> chain(Throwable thrown) {
    List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = thrown; t != null && chain.size() < 32 && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private ClientMistakes() {}
}
