package fi.avustukset.platform.web;

import java.util.HashSet;
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

  /**
   * Camunda's providers (JSON, date formats, …) without its exception mappers, plus ours: the
   * one list of providers for both Jersey applications on the engine, engine-rest and the
   * webapps' engine API ({@link WebappEngineRestApplication}).
   */
  static Set<Class<?>> providers() {
    Set<Class<?>> providers = CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> !CAMUNDA_MAPPERS.contains(c)).collect(Collectors.toCollection(HashSet::new));
    providers.add(EngineRestExceptionMapper.class);
    providers.add(EngineRestExceptionMapper.JsonParse.class);
    providers.add(EngineRestExceptionMapper.JsonMapping.class);
    return providers;
  }

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(providers());
    register(JacksonFeature.withoutExceptionMappers());
  }
}
