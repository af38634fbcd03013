package fi.avustukset.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/engine/{name}/…}, what Tasklist,
 * Cockpit and Admin call — submit-form, claim, complete) answers a client's mistake as
 * engine-rest does: 400/403/404/409 in Camunda's error shape with one Finnish sentence and the
 * field, one WARN line and no stack trace ({@link EngineRestExceptionMapper}); real failures stay
 * 500 with their trace.
 *
 * <p>Why this way. The webapp starter registers that API as a Jersey servlet named
 * {@value #SERVLET} running Camunda's {@code org.camunda.bpm.webapp.impl.engine.EngineRestApplication}
 * (the engine's resources plus Camunda's exception mappers, which answer every engine exception
 * 500 with its English text). Its {@code CamundaBpmWebappInitializer} adds a servlet only if
 * none of that name is registered yet. {@link Initializer} runs before it (highest precedence)
 * and registers the servlet under the same name and mapping with this application instead —
 * the same resources, Camunda's providers without its mappers and ours (the one list,
 * {@link EngineRestConfig#providers()}). Rejected alternatives: adding our mapper by the Jersey
 * init parameter {@code jersey.config.server.provider.classnames} leaves Camunda's mappers in
 * place, and Jersey picks the mapper of the closest exception type, so Camunda's
 * {@code ProcessEngineException} mapper would still win for the engine's wrapped refusals; a
 * servlet filter sees only the finished 500 body, not the exception, so it cannot tell a
 * refusal from a failure. If a future starter renamed the servlet, ours would still own the
 * mapping (the container keeps the first servlet mapped to a pattern); WebappEngineApiIT
 * fails if the webapps' API stops answering as described.
 */
public class WebappEngineRestApplication extends Application {

  static final String SERVLET = "Engine Api";

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(EngineRestConfig.providers());
    classes.add(NamedProcessEngineRestServiceImpl.class);
    return classes;
  }

  @Override
  public Set<Object> getSingletons() {
    // Jackson's own exception mappers answer unreadable JSON as text/plain: left out
    return Set.of(JacksonFeature.withoutExceptionMappers());
  }

  /** Registers the webapps' engine API servlet with {@link WebappEngineRestApplication}. */
  @Component
  public static class Initializer implements ServletContextInitializer, Ordered {

    private final CamundaBpmProperties properties;

    public Initializer(CamundaBpmProperties properties) {
      this.properties = properties;
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onStartup(ServletContext context) {
      if (context.getServletRegistration(SERVLET) != null) {
        return;
      }
      ServletRegistration.Dynamic servlet = context.addServlet(SERVLET, ServletContainer.class);
      servlet.addMapping(properties.getWebapp().getApplicationPath() + "/api/engine/*");
      servlet.setInitParameters(Map.of("jakarta.ws.rs.Application",
          WebappEngineRestApplication.class.getName()));
    }
  }
}
