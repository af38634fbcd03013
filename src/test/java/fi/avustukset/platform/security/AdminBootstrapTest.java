package fi.avustukset.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fi.avustukset.platform.identity.AdminBootstrap;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** Issue 9.1: a non-demo install never starts without an administrator. */
class AdminBootstrapTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  @Test
  void productionWithoutAnyAdministratorRefusesToStart() {
    when(identity.createUserQuery().memberOfGroup(anyString()).count()).thenReturn(0L);
    var bootstrap = new AdminBootstrap(identity, environment("postgres"), "", "");
    assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("GRANTS_ADMIN_ID");
  }

  @Test
  void productionWithAnExistingAdministratorStarts() {
    when(identity.createUserQuery().memberOfGroup(anyString()).count()).thenReturn(1L);
    var bootstrap = new AdminBootstrap(identity, environment("postgres"), "", "");
    assertThatCode(() -> bootstrap.run(new DefaultApplicationArguments()))
        .doesNotThrowAnyException();
  }

  @Test
  void demoStartsWithoutConfiguredAdministrator() {
    when(identity.createUserQuery().memberOfGroup(anyString()).count()).thenReturn(0L);
    var bootstrap = new AdminBootstrap(identity, environment("demo"), "", "");
    assertThatCode(() -> bootstrap.run(new DefaultApplicationArguments()))
        .doesNotThrowAnyException();
  }

  private static MockEnvironment environment(String profile) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profile);
    return environment;
  }
}
