package fi.avustukset.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import fi.avustukset.platform.errors.TextRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict JSON types of {@code /api} (issue 9.7): a number or a boolean is not taken as text
 * ({@code "name": 1} is refused, not stored as "1"), a decimal is not truncated into a whole
 * number ({@code 1.5} for a count), a number is not a boolean, and a number written as text
 * must use ASCII digits (Arabic-Indic or other digits are refused), and a field the request
 * does not know is refused instead of silently ignored (CONTRACT.md: "unknown field"). The
 * refusal is 400 naming the field (ApiExceptionHandler).
 */
@Configuration
public class StrictJsonConfiguration {

  private static final Set<Class<?>> NUMBERS = Set.of(BigDecimal.class, BigInteger.class,
      Integer.class, int.class, Long.class, long.class, Double.class, double.class,
      Float.class, float.class, Short.class, short.class);

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonTypes() {
    return builder -> builder
        .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .modulesToInstall(asciiNumbers())
        .postConfigurer(mapper -> {
          mapper.coercionConfigFor(LogicalType.Textual)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Integer)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Float)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          mapper.coercionConfigFor(LogicalType.Boolean)
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
  }

  static SimpleModule asciiNumbers() {
    SimpleModule module = new SimpleModule("ascii-numbers");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return NUMBERS.contains(description.getBeanClass())
            ? new AsciiNumber(deserializer) : deserializer;
      }
    });
    return module;
  }

  /** A number given as text must be ASCII digits (and one decimal separator). */
  static final class AsciiNumber extends DelegatingDeserializer {

    AsciiNumber(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new AsciiNumber(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText().trim();
        if (!text.isEmpty() && !TextRules.isAsciiDecimal(text)) {
          throw InvalidFormatException.from(p, "not an ASCII number", text, handledType());
        }
      }
      return super.deserialize(p, context);
    }
  }
}
