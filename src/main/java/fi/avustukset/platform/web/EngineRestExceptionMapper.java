package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.Refusal;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper of engine-rest and of the webapps' engine API (replaces Camunda's,
 * see {@link EngineRestConfig} and {@link WebappEngineRestApplication}).
 * A client's mistake ({@link ClientMistakes}) is answered 4xx in Camunda's error shape, which
 * Tasklist shows — {@code {"type", "message", "code"}} — with {@code message} one Finnish sentence
 * and the field beside it ({@code "field"}, {@code "errors": [{"field","message"}]}); it is logged
 * as one WARN line without a stack trace. Everything else is a real failure and goes to Camunda's
 * own handling (500, logged with its stack trace).
 */
public class EngineRestExceptionMapper implements ExceptionMapper<Throwable> {

  static final Logger LOG = LoggerFactory.getLogger("fi.avustukset.platform.web.UserMistake");

  @Context
  UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable thrown) {
    Optional<Refusal> mistake = ClientMistakes.classify(thrown);
    if (mistake.isEmpty()) {
      return ExceptionHandlerHelper.getInstance().getResponse(thrown);
    }
    Refusal refusal = mistake.get();
    logRefusal(refusal, thrown, where(uriInfo));
    Map<String, Object> body = new LinkedHashMap<>();
    ExceptionDto camunda = ExceptionHandlerHelper.getInstance().fromException(thrown);
    body.put("type", typeOf(refusal, thrown, camunda));
    body.put("message", refusal.message());
    if (camunda.getCode() != null) {
      body.put("code", camunda.getCode());
    }
    if (refusal.field() != null) {
      body.put("field", refusal.field());
    }
    body.put("errors", refusal.errors());
    return Response.status(refusal.status()).entity(body).type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  /** Jackson's own mappers answer unreadable JSON as text/plain: these take precedence. */
  @Priority(1)
  public static class JsonParse implements ExceptionMapper<JsonParseException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonParseException e) {
      EngineRestExceptionMapper mapper = new EngineRestExceptionMapper();
      mapper.uriInfo = uriInfo;
      return mapper.toResponse(e);
    }
  }

  @Priority(1)
  public static class JsonMapping implements ExceptionMapper<JsonMappingException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonMappingException e) {
      EngineRestExceptionMapper mapper = new EngineRestExceptionMapper();
      mapper.uriInfo = uriInfo;
      return mapper.toResponse(e);
    }
  }

  /** The request's path as the client sent it: /engine-rest/… or /camunda/api/engine/…. */
  private static String where(UriInfo uriInfo) {
    if (uriInfo == null) {
      return "engine API";
    }
    try {
      return uriInfo.getBaseUri().getRawPath().replaceAll("/+$", "") + "/" + uriInfo.getPath();
    } catch (RuntimeException outsideARequest) {
      return "engine API";
    }
  }

  private static String typeOf(Refusal refusal, Throwable thrown, ExceptionDto camunda) {
    return switch (refusal.status()) {
      case 400 -> "InvalidRequestException";
      case 403 -> "AuthorizationException";
      case 404 -> "NotFoundException";
      case 409 -> "ConflictException";
      default -> camunda.getType() != null ? camunda.getType() : thrown.getClass().getSimpleName();
    };
  }

  /** One WARN line: what was refused and why (the original text for developers), no trace. */
  static void logRefusal(Refusal refusal, Throwable thrown, String where) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String original = String.valueOf(root.getMessage()).replaceAll("[\\r\\n\\t]+", " ");
    if (original.length() > 300) {
      original = original.substring(0, 300) + "…";
    }
    LOG.warn("Refused {} {}: {}{} [{}: {}]", refusal.status(), where,
        refusal.field() == null ? "" : refusal.field() + ": ", refusal.message(),
        root.getClass().getSimpleName(), original);
  }
}
