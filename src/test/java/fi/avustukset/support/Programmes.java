package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Registers a programme ({@code PUT /api/programmes/{code}}) before a test's project names it:
 * a project may name only a registered programme (issue 9).
 */
public final class Programmes {

  /** Registers (or keeps) the programme {@code code} as the given staff client. */
  public static void register(TestRestTemplate staff, String code) {
    ResponseEntity<String> put = staff.exchange("/api/programmes/" + code, HttpMethod.PUT,
        new HttpEntity<>(Map.of("name", "Ohjelma " + code, "funder", "STEA")), String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).as(put.getBody()).isTrue();
  }

  private Programmes() {}
}
