package fi.avustukset.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.FieldLabels;
import fi.avustukset.platform.errors.TextRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first check of every request to {@code /api}, {@code /engine-rest} and the webapps' API
 * (issue 9.2, 9.7), before any controller, delegate or the engine sees it, so that no path is
 * missed:
 * <ul>
 *   <li>a declared charset other than UTF-8 is refused (JSON is UTF-8, RFC 8259; a UTF-16 label
 *       on UTF-8 bytes would store garbage);
 *   <li>a JSON body must be one well-formed JSON value in valid UTF-8;
 *   <li>no text in it — value or key — nor any query or form parameter may carry a control
 *       character ({@link TextRules#hasControlCharacters}: NUL and the like, which PostgreSQL
 *       refuses or a reader cannot see).
 * </ul>
 * A refusal is 400 with one Finnish sentence naming the field, in a shape both the webapps
 * ({@code message}) and problem-JSON clients ({@code detail}, {@code errors}) read, and one
 * WARN line without a stack trace. Nothing has been written when it is answered.
 */
public class RequestGuardFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger("fi.avustukset.platform.web.UserMistake");
  static final int MAX_JSON_BODY = 10 * 1024 * 1024;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String contentType = request.getContentType();
    MediaType type = null;
    if (contentType != null && !contentType.isBlank()) {
      try {
        type = MediaType.parseMediaType(contentType);
      } catch (InvalidMediaTypeException e) {
        refuse(request, response, new FieldError("Content-Type",
            "Pyynnön sisällön tyyppi (Content-Type) on virheellinen."));
        return;
      }
      String charset = type.getParameter("charset");
      if (charset != null && !isUtf8(charset)) {
        refuse(request, response, new FieldError("Content-Type", "Pyynnön merkistön on oltava"
            + " UTF-8 (nyt " + clean(charset) + ")."));
        return;
      }
    }
    FieldError query = checkParameters(request.getQueryString());
    if (query != null) {
      refuse(request, response, query);
      return;
    }
    HttpServletRequest checked = request;
    if (type != null && isJson(type)) {
      byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
      if (body.length > MAX_JSON_BODY) {
        refuse(request, response, 413, new FieldError("body", "Pyynnön sisältö on liian suuri."));
        return;
      }
      FieldError bad = checkJson(body);
      if (bad != null) {
        refuse(request, response, bad);
        return;
      }
      checked = new BufferedBodyRequest(request, body);
    } else if (type != null && type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
        if (TextRules.hasControlCharacters(e.getKey())) {
          refuse(request, response, new FieldError("body", "Lomakkeen kentän nimessä on"
              + " ohjausmerkkejä, joita ei voi tallentaa."));
          return;
        }
        for (String v : e.getValue()) {
          if (TextRules.hasControlCharacters(v)) {
            refuse(request, response, controlIn(e.getKey()));
            return;
          }
        }
      }
    }
    chain.doFilter(checked, response);
  }

  static boolean isUtf8(String charset) {
    String c = charset.trim().replace("\"", "").toLowerCase(Locale.ROOT);
    return c.equals("utf-8") || c.equals("utf8") || c.equals("us-ascii");
  }

  static boolean isJson(MediaType type) {
    return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
  }

  /** The first problem of a JSON body, or null when it is one well-formed value without control characters. */
  static FieldError checkJson(byte[] body) {
    if (body.length == 0) {
      return null; // an empty body is the endpoint's to judge (some take none)
    }
    try (JsonParser p = JSON.createParser(body)) {
      JsonToken token = p.nextToken();
      if (token == null) {
        return null;
      }
      int depth = 0;
      do {
        if (token.isStructStart()) {
          depth++;
        } else if (token.isStructEnd()) {
          depth--;
        } else if (token == JsonToken.FIELD_NAME) {
          if (TextRules.hasControlCharacters(p.currentName())) {
            return new FieldError("body", "Pyynnössä on kentän nimi, jossa on ohjausmerkkejä.");
          }
        } else if (token == JsonToken.VALUE_STRING && TextRules.hasControlCharacters(p.getText())) {
          return controlIn(fieldOf(p.getParsingContext().pathAsPointer().toString()));
        }
        token = depth > 0 ? p.nextToken() : null;
      } while (token != null);
      if (depth > 0) {
        return new FieldError("body", "Pyynnön sisältö ei ole kelvollista JSONia: se päättyy kesken.");
      }
      if (p.nextToken() != null) {
        return new FieldError("body",
            "Pyynnön sisältö ei ole kelvollista JSONia: arvon perässä on ylimääräistä.");
      }
    } catch (JsonProcessingException e) {
      String why = String.valueOf(e.getOriginalMessage());
      return new FieldError("body", why.contains("UTF") || why.contains("byte")
          ? "Pyynnön sisältö ei ole kelvollista UTF-8-tekstiä."
          : "Pyynnön sisältö ei ole kelvollista JSONia.");
    } catch (IOException e) {
      return new FieldError("body", "Pyynnön sisältö ei ole kelvollista JSONia.");
    }
    return null;
  }

  /**
   * The field a person knows, from a JSON pointer ({@code /variables/callName/value}): the
   * innermost name that is not an index nor Camunda's wrapping ({@code value},
   * {@code variables}).
   */
  static String fieldOf(String pointer) {
    String[] parts = pointer.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      String n = parts[i].replace("~1", "/").replace("~0", "~");
      if (n.isEmpty() || n.chars().allMatch(Character::isDigit) || n.equals("value")
          || n.equals("variables") || n.equals("modifications") || n.equals("processVariables")) {
        continue;
      }
      return n;
    }
    return "body";
  }

  static FieldError checkParameters(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return new FieldError("query", "Osoitteen parametreissa on virheellinen merkintä.");
      }
      if (TextRules.hasControlCharacters(name) || TextRules.hasControlCharacters(value)) {
        return controlIn(TextRules.hasControlCharacters(name) ? "query" : name);
      }
    }
    return null;
  }

  static FieldError controlIn(String field) {
    String label = field == null ? null : FieldLabels.label(field);
    return new FieldError(field == null ? "body" : field, (label != null ? label + ": t"
        : field != null && !field.equals("body") ? "Kentän " + clean(field) + " t" : "T")
        + "eksti sisältää ohjausmerkkejä (esimerkiksi NUL), joita ei voi tallentaa.");
  }

  private static String clean(String s) {
    String c = s.replaceAll("[^A-Za-z0-9_.\\-\\[\\]]", "?");
    return c.length() > 60 ? c.substring(0, 60) : c;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response,
      FieldError error) throws IOException {
    refuse(request, response, 400, error);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status,
      FieldError error) throws IOException {
    String sentence = error.sentence();
    LOG.warn("Refused {} {} {}: {}: {}", status, request.getMethod(), request.getRequestURI(),
        error.field(), sentence);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    String field = ErrorPages.jsonEscape(error.field());
    String message = ErrorPages.jsonEscape(sentence);
    response.getWriter().write("{\"type\":\"InvalidRequestException\",\"title\":\"Virheellinen"
        + " syöte\",\"status\":" + status + ",\"message\":\"" + message + "\",\"detail\":\""
        + message + "\",\"field\":\"" + field + "\",\"errors\":[{\"field\":\"" + field
        + "\",\"message\":\"" + message + "\"}]}");
  }
}
