package fi.avustukset.support;

import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real PostgreSQL (see
 * {@link TestDatabase}), demo users, HTTP on a random port. All subclasses share one
 * application context, so keep their configuration identical.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Tag("postgres")
public abstract class PostgresIntegrationTest {

  @LocalServerPort
  protected int port;

  @Autowired
  protected TestRestTemplate rest;

  @Autowired
  private org.springframework.context.ApplicationContext applicationContext;

  /** Computes each user's {@code _csrf} token of the HTML forms. */
  @Autowired
  protected fi.avustukset.platform.web.FormGuard formGuard;

  /** The webapps answer for this application even after a test with its own context ran. */
  @org.junit.jupiter.api.BeforeEach
  void bindWebappsToThisApplication() {
    WebappBinding.ensure(applicationContext);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestDatabase db = TestDatabase.get();
    registry.add("spring.datasource.url", () -> db.url);
    registry.add("spring.datasource.username", () -> db.username);
    registry.add("spring.datasource.password", () -> db.password);
    // A real SMTP server in the JVM (issue 12): notifications are delivered during the tests.
    TestMailServer mail = TestMailServer.get();
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> mail.port);
    registry.add("grants.mail.poll-interval", () -> "PT1S");
    registry.add("grants.mail.first-retry", () -> "PT1S");
    registry.add("grants.mail.max-retry-delay", () -> "PT3S");
  }

  /** Posts the HTML forms as the user's browser does (with the user's {@code _csrf} token). */
  protected FormPosts forms() {
    return new FormPosts(port, formGuard);
  }

  /** A client logged in as the given demo user (password = user id). */
  public TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, userId);
  }
}
