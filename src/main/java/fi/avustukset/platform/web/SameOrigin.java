package fi.avustukset.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refuses a browser form post from another site: the browser would send the user's HTTP Basic
 * credentials with it (cross-site request forgery). A request without {@code Origin} (curl, the
 * tests' REST clients) is not a browser's cross-site post and passes. For a programs' API; the
 * project's HTML forms use {@link FormGuard} (CSRF token as well).
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static void require(HttpServletRequest request) {
    FormGuard.requireSameOrigin(request);
  }
}
