package fi.avustukset.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends every error that no handler answered
 * (replaces Spring Boot's BasicErrorController): a browser gets the Finnish page, a program
 * problem JSON, both with a Finnish sentence by status — never the exception's own text. A
 * request made straight to {@code /error} (not an error dispatch) is answered 404, not 500.
 */
@RestController
public class ErrorPageController implements ErrorController {

  /** Request attribute with a Finnish sentence that a filter wants shown on the page. */
  public static final String MESSAGE = "fi.avustukset.error.message";

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ErrorPageController.class);

  private final ErrorPages pages;

  public ErrorPageController(ErrorPages pages) {
    this.pages = pages;
  }

  @RequestMapping("/error")
  public ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 404;
    if (status < 400) {
      status = 500;
    }
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (status >= 500) {
      // a real failure: ERROR with the trace (user mistakes never get here as 5xx)
      LOG.error("{} {} answered {}", request.getMethod(),
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status,
          thrown instanceof Throwable t ? t : null);
    }
    Object own = request.getAttribute(MESSAGE);
    String message = own instanceof String s ? s : ErrorPages.defaultMessage(status);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(
        HttpStatus.valueOf(status), message);
    problem.setProperty("message", message);
    return pages.respond(request, response, problem);
  }
}
