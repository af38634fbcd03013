package fi.avustukset.platform.web;

import fi.avustukset.platform.errors.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * CSRF protection of the project's own HTML forms ({@code <form method="post">} under
 * {@code /api}): every form carries a hidden {@code _csrf} token —
 * {@code <input type="hidden" name="_csrf" th:value="${@formGuard.token()}">} — that only this
 * server can compute (HMAC-SHA256 of the user and the day under a server key), and the handler
 * calls {@link #check}: the token must be the user's (today's or yesterday's) and an
 * {@code Origin} or {@code Referer}, when the browser sends one, must be this host. A page of
 * another site can make the browser send the user's cookie or Basic credentials, never the
 * token. The key is {@code grants.security.form-key} (give the same one to every node of a
 * cluster); without it a random key per start is used, so a form opened before a restart must
 * be reloaded.
 */
@Component("formGuard")
public class FormGuard {

  public static final String PARAMETER = "_csrf";

  private final byte[] key;
  private final IdentityService identityService;
  private final Clock clock;

  public FormGuard(@Value("${grants.security.form-key:}") String configuredKey,
      IdentityService identityService, Clock clock) {
    this.identityService = identityService;
    this.clock = clock;
    if (configuredKey == null || configuredKey.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      this.key = random;
    } else {
      this.key = configuredKey.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Today's token of the current user (empty when nobody is logged in). */
  public String token() {
    String user = userId();
    return user == null ? "" : token(user, LocalDate.now(clock));
  }

  /** Today's token of a user (what that user's pages carry). */
  public String tokenFor(String user) {
    return token(user, LocalDate.now(clock));
  }

  String token(String user, LocalDate day) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sum = mac.doFinal((user + "\n" + day).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses (403) a form post that did not come from this service's own page. */
  public void check(HttpServletRequest request) {
    requireSameOrigin(request);
    String user = userId();
    String sent = request.getParameter(PARAMETER);
    LocalDate today = LocalDate.now(clock);
    if (user == null || sent == null || !(same(sent, token(user, today))
        || same(sent, token(user, today.minusDays(1))))) {
      throw new ForbiddenException("Lomakkeen tarkiste puuttuu tai on vanhentunut. Avaa sivu"
          + " uudelleen ja lähetä lomake sieltä");
    }
  }

  /** An Origin or Referer, when sent, must name this host. */
  public static void requireSameOrigin(HttpServletRequest request) {
    String source = request.getHeader(HttpHeaders.ORIGIN);
    if (source == null) {
      source = request.getHeader(HttpHeaders.REFERER);
    }
    if (source == null) {
      return;
    }
    String host = request.getHeader(HttpHeaders.HOST);
    String sourceHost;
    try {
      URI uri = URI.create(source.trim());
      sourceHost = uri.getHost() == null ? null
          : uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      sourceHost = null;
    }
    if (host == null || sourceHost == null || !host.equalsIgnoreCase(sourceHost)) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private String userId() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
