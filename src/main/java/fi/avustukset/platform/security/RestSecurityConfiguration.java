package fi.avustukset.platform.security;

import fi.avustukset.platform.web.ErrorPages;
import fi.avustukset.platform.web.RequestGuardFilter;
import fi.avustukset.platform.web.SecurityHeadersFilter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import fi.avustukset.platform.process.InputGuardPlugin;
import fi.avustukset.platform.web.TaskTextsFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's identity service on {@code /engine-rest} (Camunda's own
 * filter) and on the project's {@code /api}. The engine-rest of the Spring Boot starter is
 * open by default; this closes it. Authorization checks are enabled in application.yaml.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider",
        HttpBasicAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  ApiAuthenticationFilter apiAuthenticationFilter(IdentityService identityService,
      ProcessEngine processEngine, LoginThrottle throttle, ErrorPages pages) {
    return new ApiAuthenticationFilter(identityService, processEngine.getName(), throttle, pages);
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /**
   * Every password check Camunda makes itself (HTTP Basic of engine-rest, the webapps' login
   * form) goes through {@link LoginThrottle}; Camunda's own lock-out is off (application.yaml).
   */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("login-throttle");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** Health details for staff only (StaffPrincipalFilter). */
  @Bean
  FilterRegistrationBean<StaffPrincipalFilter> actuatorPrincipal(IdentityService identityService,
      ApiAuthenticationFilter logins, LoginThrottle throttle) {
    var registration = new FilterRegistrationBean<>(
        new StaffPrincipalFilter(identityService, logins, throttle));
    registration.setName("actuator-principal");
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Strict input of every API before any handler sees it (RequestGuardFilter). */
  @Bean
  FilterRegistrationBean<RequestGuardFilter> requestGuard() {
    var registration = new FilterRegistrationBean<>(new RequestGuardFilter());
    registration.setName("request-guard");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** The Finnish texts of a task's form in Tasklist's form variables (TaskTextsFilter). */
  @Bean
  FilterRegistrationBean<TaskTextsFilter> taskTexts(InputGuardPlugin forms) {
    var registration = new FilterRegistrationBean<>(new TaskTextsFilter(forms));
    registration.setName("task-texts");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  /** Security headers of every response; HSTS behind grants.security.tls (README "Security"). */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
      @Value("${grants.security.tls:false}") boolean tls) {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter(tls));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /**
   * Camunda Admin's initial-user setup is closed outside the demo profile (README "Security"):
   * the first administrator of a real install comes from GRANTS_ADMIN_ID/PASSWORD only.
   */
  @Bean
  @Profile("!demo")
  FilterRegistrationBean<SetupGuardFilter> camundaSetupGuard() {
    var registration = new FilterRegistrationBean<>(new SetupGuardFilter());
    registration.setName("camunda-setup-guard");
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
