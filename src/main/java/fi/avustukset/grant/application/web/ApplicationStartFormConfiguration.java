package fi.avustukset.grant.application.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The personalised application start form on the webapps' engine API and on engine-rest. */
@Configuration
public class ApplicationStartFormConfiguration {

  @Bean
  FilterRegistrationBean<ApplicationStartFormFilter> applicationStartForm(GrantCallService calls,
      CurrentUser currentUser, IdentityService identityService, ProcessEngine engine,
      ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new ApplicationStartFormFilter(calls,
        currentUser, identityService, engine.getProcessEngineConfiguration(), engine.getName(), json));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    // After the authentication filters; the filter also reads the webapps' session login.
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
