package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
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
 * bare "Failed to read request" that names no field.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "fi.avustukset")
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return badRequest(e.errors());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."))
          .replace(".[", "[");
      String message = mismatch instanceof InvalidFormatException invalid
          ? "arvo '" + invalid.getValue() + "' ei ole tyyppiä " + invalid.getTargetType().getSimpleName()
          : "väärän tyyppinen arvo";
      return badRequest(List.of(new FieldError(field, message)));
    }
    if (e.getCause() instanceof JsonMappingException) {
      return badRequest(List.of(new FieldError("body", "JSON ei vastaa odotettua rakennetta")));
    }
    return badRequest(List.of(new FieldError("body", "pyynnön runko puuttuu tai ei ole JSONia")));
  }

  /** Errors thrown by our delegates and listeners arrive wrapped by the engine. */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return badRequest(invalid.errors());
      }
      if (t instanceof ForbiddenException forbidden) {
        return problem(HttpStatus.FORBIDDEN, forbidden.getMessage());
      }
      if (t instanceof NotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, notFound.getMessage());
      }
      if (t instanceof ConflictException conflict) {
        return problem(HttpStatus.CONFLICT, conflict.getMessage());
      }
    }
    if (e instanceof AuthorizationException denied) {
      return notAuthorized(denied);
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Prosessimoottorin virhe: " + e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail notAuthorized(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, "Ei oikeutta: " + e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  static ProblemDetail badRequest(List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
        new InvalidInputException(errors).getMessage());
    problem.setTitle("Virheellinen syöte");
    problem.setProperty("errors", errors);
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }
}
