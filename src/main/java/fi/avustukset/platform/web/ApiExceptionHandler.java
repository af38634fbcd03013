package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.errors.Refusal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.ResponseEntity;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of {@code /api} as RFC 9457 problem details. Bad input is 400 with an
 * {@code errors} list naming every refused field. Ordered first: Spring Boot's own problem-details
 * handler (spring.mvc.problemdetails.enabled) would otherwise answer unreadable bodies with a
 * bare "Failed to read request" that names no field. A browser gets the same refusal as a
 * Finnish page ({@link ErrorPages}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "fi.avustukset")
public class ApiExceptionHandler {

  private final ErrorPages pages;

  public ApiExceptionHandler(ErrorPages pages) {
    this.pages = pages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, badRequest(e.errors()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Object> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request,
      HttpServletResponse response) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return pages.respond(request, response, badRequest(errors));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
      HttpServletResponse response) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."))
          .replace(".[", "[");
      String message = mismatch instanceof UnrecognizedPropertyException
          ? "tuntematon kenttä, jota ei voi antaa tässä"
          : "arvon on oltava " + expected(mismatch.getTargetType());
      return pages.respond(request, response, badRequest(List.of(new FieldError(field, message))));
    }
    if (e.getCause() instanceof JsonMappingException) {
      return pages.respond(request, response, badRequest(List.of(new FieldError("body",
          "Pyynnön sisällön rakenne ei vastaa odotettua."))));
    }
    if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException) {
      return pages.respond(request, response, badRequest(List.of(new FieldError("body", "Pyynnön sisältö ei ole kelvollista JSONia."))));
    }
    return pages.respond(request, response, badRequest(List.of(new FieldError("body", "Pyynnön sisältö puuttuu tai ei ole JSONia."))));
  }

  /** What a JSON value should have been, in words (no Java type names). */
  static String expected(Class<?> type) {
    if (type == null) {
      return "oikeaa tyyppiä";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
      return "kokonaisluku";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "luku";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "totuusarvo (true tai false)";
    }
    if (type == String.class || type == CharSequence.class) {
      return "tekstiä lainausmerkeissä";
    }
    if (type == java.time.LocalDate.class) {
      return "päivämäärä muodossa VVVV-KK-PP";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "ajankohta ISO-8601-muodossa";
    }
    if (type.isEnum()) {
      return "yksi arvoista " + java.util.Arrays.stream(type.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", "));
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "luettelo (JSON-taulukko)";
    }
    return "JSON-olio, jolla on odotetut kentät";
  }

  /**
   * Errors thrown by our delegates and listeners arrive wrapped by the engine; the engine's own
   * refusals of bad input (ClientMistakes) are client mistakes too. Anything else is a failure.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Object> engine(ProcessEngineException e, HttpServletRequest request,
      HttpServletResponse response) {
    var mistake = ClientMistakes.classify(e);
    if (mistake.isPresent()) {
      Refusal refusal = mistake.get();
      EngineRestExceptionMapper.logRefusal(refusal, e, "/api");
      if (refusal.status() == 400 && !refusal.errors().isEmpty()) {
        return pages.respond(request, response, badRequest(refusal.errors()));
      }
      ProblemDetail problem = problem(HttpStatus.valueOf(refusal.status()), refusal.message());
      if (refusal.field() != null) {
        problem.setProperty("field", refusal.field());
      }
      return pages.respond(request, response, problem);
    }
    throw e;
  }

  /** A lost race or a value the database refuses is the client's to retry or fix, not a 500. */
  @ExceptionHandler(org.springframework.dao.DataAccessException.class)
  ResponseEntity<Object> database(org.springframework.dao.DataAccessException e, HttpServletRequest request,
      HttpServletResponse response) {
    var mistake = ClientMistakes.classify(e);
    if (mistake.isEmpty()) {
      throw e;
    }
    Refusal refusal = mistake.get();
    EngineRestExceptionMapper.logRefusal(refusal, e, "/api");
    return pages.respond(request, response, problem(HttpStatus.valueOf(refusal.status()), refusal.message()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, problem(HttpStatus.NOT_FOUND, e.getMessage()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Object> forbidden(ForbiddenException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, problem(HttpStatus.FORBIDDEN, e.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> notAuthorized(AuthorizationException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, problem(HttpStatus.FORBIDDEN, "Sinulla ei ole oikeutta tähän toimintoon."));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, problem(HttpStatus.CONFLICT, e.getMessage()));
  }

  static ProblemDetail badRequest(List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, InvalidInputException.sentence(errors));
    problem.setTitle("Virheellinen syöte");
    if (!errors.isEmpty() && errors.get(0).field() != null) {
      problem.setProperty("field", errors.get(0).field());
    }
    problem.setProperty("errors", errors);
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }
}
