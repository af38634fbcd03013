package fi.avustukset.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Spring MVC's own refusals — an unknown address, a wrong method, a missing or mistyped
 * parameter — for every handler, in Finnish: a page for a browser, problem JSON for a program
 * ({@link ErrorPages}). Ordered after {@link ApiExceptionHandler} and before Spring Boot's
 * English problem-details handler.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice
public class FrameworkErrorAdvice {

  private final ErrorPages pages;

  public FrameworkErrorAdvice(ErrorPages pages) {
    this.pages = pages;
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
      HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
      HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class})
  ResponseEntity<Object> framework(Exception e, HttpServletRequest request,
      HttpServletResponse response) {
    HttpStatusCode status = e instanceof ErrorResponse er ? er.getStatusCode()
        : HttpStatus.BAD_REQUEST;
    if (e instanceof HttpMediaTypeNotAcceptableException) {
      // the client accepts nothing we write: answer in JSON anyway, it is the error itself
      return ResponseEntity.status(status).contentType(
          org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(
          ProblemDetail.forStatusAndDetail(status, ErrorPages.defaultMessage(status.value())));
    }
    return pages.respond(request, response,
        ProblemDetail.forStatusAndDetail(status, ErrorPages.defaultMessage(status.value())));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class})
  ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e,
      HttpServletRequest request, HttpServletResponse response) {
    return pages.respond(request, response, ApiExceptionHandler.badRequest(java.util.List.of(
        new fi.avustukset.platform.errors.FieldError(e.getParameterName(), "arvo puuttuu"))));
  }

  @ExceptionHandler({TypeMismatchException.class})
  ResponseEntity<Object> typeMismatch(TypeMismatchException e, HttpServletRequest request,
      HttpServletResponse response) {
    String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
        : e.getPropertyName();
    return pages.respond(request, response, ApiExceptionHandler.badRequest(java.util.List.of(
        new fi.avustukset.platform.errors.FieldError(field == null ? "query" : field,
            "arvon on oltava " + ApiExceptionHandler.expected(e.getRequiredType())))));
  }

  @ExceptionHandler({ServletRequestBindingException.class})
  ResponseEntity<Object> binding(ServletRequestBindingException e, HttpServletRequest request,
      HttpServletResponse response) {
    return pages.respond(request, response, ProblemDetail.forStatusAndDetail(
        HttpStatus.BAD_REQUEST, ErrorPages.defaultMessage(400)));
  }
}
