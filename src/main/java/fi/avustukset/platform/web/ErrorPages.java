package fi.avustukset.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * One error answer for people and one for programs (CONTRACT "Languages and browsers"): a
 * browser ({@code Accept} prefers {@code text/html}) gets a Finnish page in the shared layout
 * ({@code templates/error.html}) — 401 with a way to log in — and every other client gets
 * problem JSON ({@code application/problem+json}, RFC 9457) with the same Finnish sentence.
 * Used by {@link ApiExceptionHandler}, the error controller and the authentication filters.
 */
@Component
public class ErrorPages {

  private final ITemplateEngine templates;
  private final ApplicationContext context;

  public ErrorPages(ITemplateEngine templates, ApplicationContext context) {
    this.templates = templates;
    this.context = context;
  }

  /** Whether the client prefers a page to JSON (a browser navigating, not a script). */
  public static boolean wantsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    MediaType.sortBySpecificityAndQuality(types);
    for (MediaType type : types) {
      if (type.isWildcardType() || type.getQualityValue() == 0) {
        continue;
      }
      if (type.isCompatibleWith(MediaType.TEXT_HTML)
          || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
        return true;
      }
      if (type.getSubtype().contains("json") || type.getSubtype().equals("csv")
          || type.getSubtype().equals("pdf")) {
        return false;
      }
    }
    return false;
  }

  /** The sentence a person reads for a status when the refusal has none of its own. */
  public static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "Pyyntö on virheellinen: tarkista lähetetyt tiedot.";
      case 401 -> "Kirjaudu sisään nähdäksesi tämän sivun.";
      case 403 -> "Sinulla ei ole oikeutta tähän sivuun tai toimintoon.";
      case 404 -> "Sivua tai kohdetta ei löydy. Tarkista osoite.";
      case 405 -> "Tätä toimintoa ei voi tehdä tähän osoitteeseen.";
      case 406 -> "Pyydettyä vastausmuotoa ei ole saatavilla.";
      case 409 -> "Tieto on jo olemassa tai sitä muutettiin samaan aikaan.";
      case 413 -> "Lähetetty tiedosto tai sisältö on liian suuri.";
      case 415 -> "Lähetetyn sisällön tyyppi ei kelpaa.";
      case 429 -> "Liian monta yritystä. Odota hetki ja yritä uudelleen.";
      default -> status >= 500
          ? "Palvelussa tapahtui virhe. Yritä hetken kuluttua uudelleen; jos virhe toistuu,"
              + " ota yhteyttä ylläpitoon."
          : "Pyyntöä ei voitu käsitellä.";
    };
  }

  /** Finnish title of the page for a status. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "Virheellinen pyyntö";
      case 401 -> "Kirjautuminen vaaditaan";
      case 403 -> "Ei käyttöoikeutta";
      case 404 -> "Sivua ei löydy";
      case 409 -> "Ristiriita";
      case 429 -> "Liian monta yritystä";
      default -> status >= 500 ? "Palvelussa tapahtui virhe" : "Pyyntöä ei voitu käsitellä";
    };
  }

  /** The page (for a browser) or the problem itself (for a program), with that status. */
  public ResponseEntity<Object> respond(HttpServletRequest request, HttpServletResponse response,
      ProblemDetail problem) {
    int status = problem.getStatus();
    if (wantsHtml(request)) {
      return ResponseEntity.status(status).contentType(new MediaType("text", "html",
              StandardCharsets.UTF_8)).cacheControl(org.springframework.http.CacheControl.noStore())
          .body(render(request, response, status, problem.getDetail()));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Writes the page or problem JSON directly (for filters, before Spring MVC). */
  public void write(HttpServletRequest request, HttpServletResponse response, int status,
      String message) throws IOException {
    String text = message == null ? defaultMessage(status) : message;
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    if (wantsHtml(request)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write(render(request, response, status, text));
    } else {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write(problemJson(status, text));
    }
  }

  /** Problem JSON that also carries {@code message}, the field Camunda's webapps display. */
  public static String problemJson(int status, String message) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    return "{\"type\":\"about:blank\",\"title\":\"" + jsonEscape(title) + "\",\"status\":"
        + status + ",\"detail\":\"" + jsonEscape(message) + "\",\"message\":\""
        + jsonEscape(message) + "\"}";
  }

  static String jsonEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The Finnish error page in the shared layout. */
  public String render(HttpServletRequest request, HttpServletResponse response, int status,
      String message) {
    WebContext web = new WebContext(JakartaServletWebApplication
        .buildApplication(request.getServletContext()).buildExchange(request, response),
        Locale.forLanguageTag("fi-FI"));
    web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(context, null));
    web.setVariable("status", status);
    web.setVariable("title", title(status));
    web.setVariable("message", message == null ? defaultMessage(status) : message);
    String path = request.getRequestURI();
    Object original = request.getAttribute("jakarta.servlet.error.request_uri");
    web.setVariable("path", original != null ? original.toString() : path);
    return templates.process("error", web);
  }
}
