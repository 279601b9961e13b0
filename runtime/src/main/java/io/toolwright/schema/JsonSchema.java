package io.toolwright.schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable JSON Schema (2020-12) restricted to what Toolwright emits. The processor derives it
 * from Java types; every provider's rendering is a pure function of it, so no provider detail leaks
 * into how types are read. {@link CanonicalSchemaWriter} turns it into canonical JSON and
 * {@link CanonicalSchemaReader} back.
 *
 * <p>{@code nullable} means the value may also be JSON {@code null}. Whether a property may be left
 * out is said by its object's {@code required} list, not here.
 */
public sealed interface JsonSchema {

  /** The description shown to the model, or {@code null}. */
  String description();

  /** Whether JSON {@code null} is allowed besides the type. */
  boolean nullable();

  /** A copy with another description. */
  JsonSchema withDescription(String description);

  /** A copy that allows or forbids {@code null}. */
  JsonSchema withNullable(boolean nullable);

  /**
   * A string. {@code allowed} (a JSON {@code enum}) is empty when any string will do.
   */
  record StringSchema(
      String description,
      boolean nullable,
      String format,
      Integer minLength,
      Integer maxLength,
      String pattern,
      List<String> allowed)
      implements JsonSchema {
    public StringSchema {
      allowed = List.copyOf(allowed);
    }

    public static StringSchema plain() {
      return new StringSchema(null, false, null, null, null, null, List.of());
    }

    @Override
    public StringSchema withDescription(String text) {
      return new StringSchema(text, nullable, format, minLength, maxLength, pattern, allowed);
    }

    @Override
    public StringSchema withNullable(boolean value) {
      return new StringSchema(description, value, format, minLength, maxLength, pattern, allowed);
    }
  }

  /**
   * A number; {@code integral} renders as JSON Schema {@code integer}. Bounds are exact decimals so
   * that {@code @DecimalMin("0.01")} survives unchanged. {@code multipleOf}, when not {@code null},
   * is a positive power of ten's inverse such as {@code 0.01} ({@code @Digits(fraction = 2)}).
   */
  record NumberSchema(
      String description,
      boolean nullable,
      boolean integral,
      String format,
      BigDecimal minimum,
      BigDecimal exclusiveMinimum,
      BigDecimal maximum,
      BigDecimal exclusiveMaximum,
      BigDecimal multipleOf)
      implements JsonSchema {
    public NumberSchema {
      // One value, one representation: 5000.50 and 5000.5 are the same bound, so the model's
      // equality agrees with its canonical text.
      minimum = normalized(minimum);
      exclusiveMinimum = normalized(exclusiveMinimum);
      maximum = normalized(maximum);
      exclusiveMaximum = normalized(exclusiveMaximum);
      multipleOf = normalized(multipleOf);
      if (multipleOf != null && multipleOf.signum() <= 0) {
        throw new IllegalArgumentException("multipleOf must be positive: " + multipleOf);
      }
    }

    /** A number without {@code multipleOf}. */
    public NumberSchema(
        String description,
        boolean nullable,
        boolean integral,
        String format,
        BigDecimal minimum,
        BigDecimal exclusiveMinimum,
        BigDecimal maximum,
        BigDecimal exclusiveMaximum) {
      this(
          description,
          nullable,
          integral,
          format,
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          null);
    }

    private static BigDecimal normalized(BigDecimal bound) {
      if (bound == null) {
        return null;
      }
      // A whole number at scale 0 is already in this form; stripping it would divide a large
      // one (the double limit has 309 digits) by ten hundreds of times only to scale it back.
      if (bound.scale() == 0) {
        return bound;
      }
      BigDecimal stripped = bound.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static NumberSchema integer(String format) {
      return new NumberSchema(null, false, true, format, null, null, null, null);
    }

    public static NumberSchema number(String format) {
      return new NumberSchema(null, false, false, format, null, null, null, null);
    }

    @Override
    public NumberSchema withDescription(String text) {
      return new NumberSchema(
          text,
          nullable,
          integral,
          format,
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          multipleOf);
    }

    @Override
    public NumberSchema withNullable(boolean value) {
      return new NumberSchema(
          description,
          value,
          integral,
          format,
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          multipleOf);
    }
  }

  /**
   * {@code true} or {@code false}; only {@code constant} when that is not {@code null}
   * ({@code @AssertTrue}, {@code @AssertFalse}), written as {@code const}, or as an {@code enum}
   * with {@code null} when nullable.
   */
  record BooleanSchema(String description, boolean nullable, Boolean constant)
      implements JsonSchema {
    /** Any boolean. */
    public BooleanSchema(String description, boolean nullable) {
      this(description, nullable, null);
    }

    public static BooleanSchema plain() {
      return new BooleanSchema(null, false, null);
    }

    @Override
    public BooleanSchema withDescription(String text) {
      return new BooleanSchema(text, nullable, constant);
    }

    @Override
    public BooleanSchema withNullable(boolean value) {
      return new BooleanSchema(description, value, constant);
    }
  }

  /** A JSON array; {@code uniqueItems} for Java {@code Set}s. */
  record ArraySchema(
      String description,
      boolean nullable,
      JsonSchema items,
      Integer minItems,
      Integer maxItems,
      boolean uniqueItems)
      implements JsonSchema {
    public ArraySchema {
      Objects.requireNonNull(items, "items");
    }

    public static ArraySchema of(JsonSchema items, boolean uniqueItems) {
      return new ArraySchema(null, false, items, null, null, uniqueItems);
    }

    @Override
    public ArraySchema withDescription(String text) {
      return new ArraySchema(text, nullable, items, minItems, maxItems, uniqueItems);
    }

    @Override
    public ArraySchema withNullable(boolean value) {
      return new ArraySchema(description, value, items, minItems, maxItems, uniqueItems);
    }
  }

  /**
   * A JSON object. A record or bean has {@code properties} and no {@code additionalProperties}
   * (rendered {@code false}); a {@code Map<String, T>} has no properties and
   * {@code additionalProperties} = the schema of {@code T}. {@code defs} is non-empty only on a tool's
   * root schema and holds named types ({@code $defs}) that {@link RefSchema}s point to.
   */
  record ObjectSchema(
      String description,
      boolean nullable,
      Map<String, JsonSchema> properties,
      List<String> required,
      JsonSchema additionalProperties,
      Integer minProperties,
      Integer maxProperties,
      Map<String, JsonSchema> defs)
      implements JsonSchema {
    public ObjectSchema {
      properties = unmodifiableCopy(properties);
      required = List.copyOf(required);
      defs = unmodifiableCopy(defs);
      for (String name : required) {
        if (!properties.containsKey(name)) {
          throw new IllegalArgumentException("required property '" + name + "' is not declared");
        }
      }
    }

    /** An object with the given properties and no others. */
    public static ObjectSchema closed(Map<String, JsonSchema> properties, List<String> required) {
      return new ObjectSchema(null, false, properties, required, null, null, null, Map.of());
    }

    /** A map from any string to values of one schema. */
    public static ObjectSchema mapOf(JsonSchema values) {
      return new ObjectSchema(null, false, Map.of(), List.of(), values, null, null, Map.of());
    }

    /** A copy carrying the given {@code $defs}; for a tool's root schema. */
    public ObjectSchema withDefs(Map<String, JsonSchema> namedTypes) {
      return new ObjectSchema(
          description,
          nullable,
          properties,
          required,
          additionalProperties,
          minProperties,
          maxProperties,
          namedTypes);
    }

    @Override
    public ObjectSchema withDescription(String text) {
      return new ObjectSchema(
          text, nullable, properties, required, additionalProperties, minProperties, maxProperties, defs);
    }

    @Override
    public ObjectSchema withNullable(boolean value) {
      return new ObjectSchema(
          description,
          value,
          properties,
          required,
          additionalProperties,
          minProperties,
          maxProperties,
          defs);
    }

    private static Map<String, JsonSchema> unmodifiableCopy(Map<String, JsonSchema> source) {
      // LinkedHashMap keeps declaration order: models fill arguments in schema order.
      return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
  }

  /**
   * A reference to a named type in the root's {@code $defs}: {@code {"$ref": "#/$defs/<name>"}}.
   * Used for every record, bean and enum type so that nested and recursive types are written once.
   */
  record RefSchema(String description, boolean nullable, String name) implements JsonSchema {
    public RefSchema {
      Objects.requireNonNull(name, "name");
    }

    public static RefSchema to(String name) {
      return new RefSchema(null, false, name);
    }

    /** The JSON pointer this reference resolves to. */
    public String pointer() {
      return "#/$defs/" + name;
    }

    @Override
    public RefSchema withDescription(String text) {
      return new RefSchema(text, nullable, name);
    }

    @Override
    public RefSchema withNullable(boolean value) {
      return new RefSchema(description, value, name);
    }
  }
}
