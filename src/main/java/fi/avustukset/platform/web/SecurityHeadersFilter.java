package fi.avustukset.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers of every response (issue 9.8, README "Security"): {@code nosniff},
 * {@code Referrer-Policy}, no framing by other sites, and {@code Cache-Control: no-store} on
 * everything that may carry personal data (all but static files). The project's own pages
 * and APIs get a strict Content-Security-Policy (no scripts at all; a page may set a stricter
 * one of its own); Camunda's webapps keep the CSP of their own header-security filter, which
 * their scripts need. With {@code grants.security.tls=true} (production behind TLS) every
 * response carries HSTS too.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  /** CSP of the project's pages: own stylesheet and inline styles, no scripts, forms to self. */
  public static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'";

  private final boolean tls;

  public SecurityHeadersFilter(boolean tls) {
    this.tls = tls;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    boolean webapps = path.startsWith("/camunda/");
    if (webapps) {
      response.setHeader("X-Frame-Options", "SAMEORIGIN");
    } else {
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Content-Security-Policy", CSP);
    }
    if (!isStatic(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (tls) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  static boolean isStatic(String path) {
    return path.startsWith("/css/") || path.startsWith("/fonts/") || path.equals("/favicon.ico")
        || path.startsWith("/camunda/app/") && !path.endsWith("/") && !path.endsWith(".html")
        || path.startsWith("/camunda/assets/") || path.startsWith("/camunda/lib/")
        || path.startsWith("/webjars/");
  }
}
