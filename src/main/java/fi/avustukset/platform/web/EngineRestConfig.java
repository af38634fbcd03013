package fi.avustukset.platform.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * engine-rest's Jersey application (the starter's supported extension point: a
 * {@link CamundaJerseyResourceConfig} bean replaces the default one). Camunda's resources and
 * providers are registered as usual, except its exception mappers: one
 * {@link EngineRestExceptionMapper} answers client mistakes with 400/404/409 and a Finnish sentence
 * and hands real failures back to Camunda's own handling.
 */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> CAMUNDA_MAPPERS = Set.of(ExceptionHandler.class,
      ProcessEngineExceptionHandler.class, RestExceptionHandler.class,
      JsonMappingExceptionHandler.class, JsonParseExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> !CAMUNDA_MAPPERS.contains(c)).collect(Collectors.toSet()));
    register(JacksonFeature.withoutExceptionMappers());
    register(EngineRestExceptionMapper.class);
    register(EngineRestExceptionMapper.JsonParse.class);
    register(EngineRestExceptionMapper.JsonMapping.class);
  }
}
