package fi.avustukset.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/** Response headers of the server-rendered pages that have no script at all. */
public final class PageHeaders {

  /**
   * Content-Security-Policy of the pages: no scripts, the shared stylesheet and inline styles,
   * inline SVG and data images, forms only to this site.
   */
  public static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private PageHeaders() {}

  /** Sets the CSP and {@code nosniff} on a page's response. */
  public static void noScripts(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }
}
