package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;

/**
 * Refuses a browser form post from another site: the browser would send the user's HTTP Basic
 * credentials with it (cross-site request forgery). A request without {@code Origin} (curl, the
 * tests' REST clients) is not a browser's cross-site post and passes.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static void require(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return;
    }
    String host = request.getHeader(HttpHeaders.HOST);
    URI uri;
    try {
      uri = URI.create(origin);
    } catch (IllegalArgumentException e) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
    String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    if (host == null || originHost == null || !host.equalsIgnoreCase(originHost)) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
  }
}
