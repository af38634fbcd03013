package fi.avustukset.grant.opendata.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * The published 360Giving package schema (src/test/resources/360giving, see SOURCE.md there),
 * with the grant schema it references by URL resolved from the local copy: no network.
 */
public final class ThreeSixtyGivingSchema {

  private static final String PUBLISHED =
      "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/master/schema/";

  private static final JsonSchema PACKAGE = load();

  private static JsonSchema load() {
    // The standard's own annotations (weight, rollUp) guide its spreadsheet tools, not validation.
    JsonMetaSchema v4 = JsonMetaSchema.builder(JsonMetaSchema.getV4())
        .keyword(new NonValidationKeyword("weight"))
        .keyword(new NonValidationKeyword("rollUp"))
        .build();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
        builder -> builder.metaSchema(v4)
            .schemaMappers(m -> m.mapPrefix(PUBLISHED, "classpath:360giving/")));
    // Format assertions on: the standard's dates are oneOf {format date-time, pattern date}.
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of("classpath:360giving/360-giving-package-schema.json"),
        config);
  }

  /** The schema's complaints about a package; empty when it is valid. */
  public static List<String> errors(JsonNode json) {
    return PACKAGE.validate(json).stream().map(ValidationMessage::toString).sorted().toList();
  }

  private ThreeSixtyGivingSchema() {}
}
