package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;

/**
 * Cross-site form posts are refused: the browser's credentials must not be usable from another
 * site. A form post must name this host in {@code Origin} (or, for old browsers, {@code Referer});
 * a post with neither is refused too. (Until the project-wide CSRF token mechanism lands.)
 */
public final class FormOrigin {

  public static void requireSameOrigin(HttpServletRequest request) {
    String source = request.getHeader(HttpHeaders.ORIGIN);
    if (source == null || "null".equals(source)) {
      source = request.getHeader(HttpHeaders.REFERER);
    }
    String host = request.getHeader(HttpHeaders.HOST);
    if (source == null || host == null) {
      throw new ForbiddenException("Lomake on lähetettävä tämän palvelun sivulta");
    }
    URI uri;
    try {
      uri = URI.create(source);
    } catch (IllegalArgumentException e) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
    String sourceHost = uri.getHost() == null ? null
        : uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    if (sourceHost == null || !host.equalsIgnoreCase(sourceHost)) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
  }

  private FormOrigin() {}
}
