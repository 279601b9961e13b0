package io.toolwright.schema.dialect;

import io.toolwright.schema.JsonSchema;
import io.toolwright.schema.JsonSchema.ArraySchema;
import io.toolwright.schema.JsonSchema.BooleanSchema;
import io.toolwright.schema.JsonSchema.NumberSchema;
import io.toolwright.schema.JsonSchema.ObjectSchema;
import io.toolwright.schema.JsonSchema.RefSchema;
import io.toolwright.schema.JsonSchema.StringSchema;
import io.toolwright.schema.dialect.Profile.Keyword;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a canonical schema the way one {@link Profile} allows, applying the lean rules on the way:
 * no {@code $schema}, no type formats or type ranges ({@link LeanNumbers}), no {@code minLength: 1}
 * beside a pattern that implies it, each enum legend once ({@link EnumLegends}), {@code $defs} only
 * where {@link DefPlan} keeps them. A keyword the profile lacks becomes a sentence in the
 * description ({@link Sentences}); what no sentence can stand in for becomes a problem, reported at
 * the pointer of the canonical schema where it is, so the processor can point at the element.
 */
final class SchemaWriter {

  static final int OPENAI_MAX_DEPTH = 10;
  static final int OPENAI_LONG_ENUM = 250;
  static final int OPENAI_LONG_ENUM_CHARS = 15_000;

  private final Profile profile;
  private final JsonGenerator out;
  private final DefPlan plan;
  private final ProblemList problems;
  private final SchemaStats stats = new SchemaStats();
  private final EnumLegends legends = new EnumLegends();
  private final Set<String> referenced = new LinkedHashSet<>();

  /**
   * Where the description of the schema being written goes instead of into it, when its container
   * says it ({@link Profile#containerSaysElements}); {@code null} otherwise.
   */
  private StringBuilder elementDescription;

  private SchemaWriter(Profile profile, JsonGenerator out, DefPlan plan, ProblemList problems) {
    this.profile = profile;
    this.out = out;
    this.plan = plan;
    this.problems = problems;
  }

  /**
   * Writes {@code root} (with {@code defs}, the canonical root's {@code $defs}) as the next value
   * of {@code out}; returns what was counted.
   */
  static SchemaStats write(
      Profile profile,
      JsonGenerator out,
      JsonSchema root,
      Map<String, JsonSchema> defs,
      ProblemList problems) {
    SchemaWriter writer = new SchemaWriter(profile, out, new DefPlan(root, defs), problems);
    writer.root(root);
    return writer.stats;
  }

  /** The root object, with the {@code $defs} still referred to after everything else. */
  private void root(JsonSchema root) {
    out.writeStartObject();
    if (root instanceof RefSchema ref && !plan.recursive(ref.name())) {
      JsonSchema def = plan.def(ref.name());
      body(inlined(ref, def, ref.nullable()), "/$defs/" + ref.name(), ref.nullable(), 0);
    } else if (root instanceof RefSchema ref) {
      referenced.add(ref.name());
      out.writeStringProperty("$ref", "#/$defs/" + ref.name());
    } else {
      body(root, "", root.nullable(), 0);
    }
    defs();
    out.writeEndObject();
  }

  private void defs() {
    if (referenced.isEmpty()) {
      return;
    }
    out.writeName("$defs");
    out.writeStartObject();
    // Writing one definition may refer to another not yet written.
    List<String> order = new ArrayList<>(referenced);
    for (int i = 0; i < order.size(); i++) {
      String name = order.get(i);
      stats.nameChars += name.length();
      out.writeName(name);
      JsonSchema def = plan.def(name);
      value(def, "/$defs/" + escape(name), def.nullable(), 0);
      for (String next : referenced) {
        if (!order.contains(next)) {
          order.add(next);
        }
      }
    }
    out.writeEndObject();
  }

  /** One schema as a JSON object. */
  private void value(JsonSchema schema, String pointer, boolean nullable, int depth) {
    if (schema instanceof RefSchema ref) {
      ref(ref, pointer, nullable, depth);
      return;
    }
    out.writeStartObject();
    body(schema, pointer, nullable, depth);
    out.writeEndObject();
  }

  private void body(JsonSchema schema, String pointer, boolean nullable, int depth) {
    if (schema instanceof StringSchema string) {
      string(string, pointer, nullable);
    } else if (schema instanceof NumberSchema number) {
      number(LeanNumbers.of(number), nullable);
    } else if (schema instanceof BooleanSchema bool) {
      bool(bool, nullable);
    } else if (schema instanceof ArraySchema array) {
      array(array, pointer, nullable, depth);
    } else if (schema instanceof ObjectSchema object) {
      if (object.additionalProperties() != null) {
        map(object, pointer, nullable, depth);
      } else {
        objectBody(object, pointer, nullable, depth);
      }
    } else {
      throw new IllegalArgumentException("a reference cannot be inlined here: " + schema);
    }
  }

  private void ref(RefSchema ref, String pointer, boolean nullable, int depth) {
    String name = ref.name();
    JsonSchema def = plan.def(name);
    boolean recursive = plan.recursive(name);
    if (recursive && !profile.recursionAllowed) {
      Rules.recursion(profile.dialect, name, pointer, problems);
      out.writeStartObject();
      out.writeEndObject();
      return;
    }
    boolean described = ref.description() != null;
    if (!recursive && (!plan.keeps(name, profile.defs) || described && !profile.refSiblings)) {
      // A type used once costs less written in place; a strict dialect takes no keyword beside
      // a $ref, so a described use is inlined too (as OpenAI's own SDK does).
      out.writeStartObject();
      body(inlined(ref, def, nullable), "/$defs/" + escape(name), nullable, depth);
      out.writeEndObject();
      return;
    }
    referenced.add(name);
    out.writeStartObject();
    if (nullable || described && !profile.refSiblings) {
      // A one-element anyOf carries the description where a $ref may not.
      out.writeName("anyOf");
      out.writeStartArray();
      refObject(name);
      if (nullable) {
        stats.unions++;
        out.writeStartObject();
        out.writeStringProperty("type", "null");
        out.writeEndObject();
      }
      out.writeEndArray();
    } else {
      out.writeStringProperty("$ref", "#/$defs/" + name);
    }
    if (described) {
      out.writeStringProperty("description", ref.description());
    }
    out.writeEndObject();
  }

  private void refObject(String name) {
    out.writeStartObject();
    out.writeStringProperty("$ref", "#/$defs/" + name);
    out.writeEndObject();
  }

  /**
   * The definition written where it is used: the use's description replaces the type's, as the
   * processor does for an enum and OpenAI's SDK for an inlined reference.
   */
  private static JsonSchema inlined(RefSchema ref, JsonSchema def, boolean nullable) {
    JsonSchema copy = def.withNullable(nullable);
    return ref.description() == null ? copy : copy.withDescription(ref.description());
  }

  private void type(String type, boolean nullable) {
    if (profile.openApi) {
      out.writeStringProperty("type", type.toUpperCase(Locale.ROOT));
      if (nullable) {
        out.writeBooleanProperty("nullable", true);
      }
    } else if (nullable) {
      stats.unions++;
      out.writeName("type");
      out.writeStartArray();
      out.writeString(type);
      out.writeString("null");
      out.writeEndArray();
    } else {
      out.writeStringProperty("type", type);
    }
  }

  private void string(StringSchema string, String pointer, boolean nullable) {
    type("string", nullable);
    Sentences moved = new Sentences();
    String format = string.format();
    if (format != null) {
      boolean written = profile.writesFormat(format);
      if (written) {
        out.writeStringProperty("format", format);
      }
      if (!written || profile.says(Keyword.FORMAT)) {
        moved.format(format);
      }
    }
    if (!string.allowed().isEmpty()) {
      out.writeName("enum");
      out.writeStartArray();
      for (String value : string.allowed()) {
        stats.nameChars += value.length();
        out.writeString(value);
      }
      stats.enumValues += string.allowed().size();
      if (string.allowed().size() > OPENAI_LONG_ENUM && stats.longEnum == null) {
        int chars = 0;
        for (String value : string.allowed()) {
          chars += value.length();
        }
        stats.longEnum = chars > OPENAI_LONG_ENUM_CHARS ? pointer : null;
      }
      if (nullable && !profile.openApi) {
        stats.enumValues++;
        out.writeNull();
      }
      out.writeEndArray();
    }
    String pattern = string.pattern();
    Integer minLength = string.minLength();
    // A pattern that excludes the empty string says "not empty" where both go the same way: both
    // keywords, or both words. Where only the pattern moves into words (Gemini, a lookaround), the
    // dialect still has the minLength keyword for it.
    if (minLength != null
        && minLength == 1
        && pattern != null
        && (profile.writesPattern(pattern) || profile.moves(Keyword.LENGTHS))
        && Patterns.excludesEmpty(pattern)) {
      minLength = null;
    }
    // To a model reading the values of an enum they say what lengths and pattern all satisfy
    // (left as it was where the model reads the keywords).
    List<String> values = string.allowed();
    boolean lengthsShown =
        profile.unread.contains(Keyword.LENGTHS)
            && EnumValues.haveLengths(values, minLength, string.maxLength());
    boolean patternShown =
        pattern != null
            && profile.unread.contains(Keyword.PATTERN)
            && EnumValues.match(values, pattern);
    if (!profile.moves(Keyword.LENGTHS)) {
      optionalInt("minLength", minLength);
      optionalInt("maxLength", string.maxLength());
    }
    if (profile.says(Keyword.LENGTHS) && !lengthsShown) {
      moved.lengths(minLength, string.maxLength());
    }
    if (pattern != null) {
      boolean written = profile.writesPattern(pattern);
      if (written) {
        out.writeStringProperty("pattern", pattern);
      }
      // Every format's value is a non-blank string: its sentence says what \S would.
      boolean blankShown = pattern.equals("\\S") && format != null;
      if ((!written || profile.says(Keyword.PATTERN)) && !patternShown && !blankShown) {
        moved.pattern(pattern, format);
      }
    }
    description(legends.dedupe(string.allowed(), string.description()), moved);
  }

  private void number(NumberSchema number, boolean nullable) {
    type(number.integral() ? "integer" : "number", nullable);
    Sentences moved = new Sentences();
    optionalString("format", number.format());
    boolean bounds = profile.moves(Keyword.BOUNDS);
    boolean exclusive = profile.moves(Keyword.EXCLUSIVE_BOUNDS);
    boolean sayBounds = profile.says(Keyword.BOUNDS);
    boolean sayExclusive = profile.says(Keyword.EXCLUSIVE_BOUNDS);
    moved.bounds(
        sayBounds ? number.minimum() : null,
        sayExclusive ? number.exclusiveMinimum() : null,
        sayBounds ? number.maximum() : null,
        sayExclusive ? number.exclusiveMaximum() : null);
    if (!bounds) {
      optionalDecimal("minimum", number.minimum());
    }
    if (!exclusive) {
      optionalDecimal("exclusiveMinimum", number.exclusiveMinimum());
    }
    if (!bounds) {
      optionalDecimal("maximum", number.maximum());
    }
    if (!exclusive) {
      optionalDecimal("exclusiveMaximum", number.exclusiveMaximum());
    }
    if (number.multipleOf() != null) {
      if (!profile.moves(Keyword.MULTIPLE_OF)) {
        optionalDecimal("multipleOf", number.multipleOf());
      }
      if (profile.says(Keyword.MULTIPLE_OF)) {
        moved.multipleOf(number.multipleOf());
      }
    }
    description(number.description(), moved);
  }

  private void bool(BooleanSchema bool, boolean nullable) {
    type("boolean", nullable);
    Sentences moved = new Sentences();
    Boolean constant = bool.constant();
    if (constant != null) {
      stats.nameChars += constant.toString().length();
      if (profile.says(Keyword.CONST)) {
        moved.constant(constant);
      }
      if (!profile.moves(Keyword.CONST)) {
        constant(constant, nullable);
      }
    }
    description(bool.description(), moved);
  }

  private void constant(boolean constant, boolean nullable) {
    if (nullable) {
      // "const" would forbid the null the type allows.
      stats.enumValues += 2;
      out.writeName("enum");
      out.writeStartArray();
      out.writeBoolean(constant);
      out.writeNull();
      out.writeEndArray();
    } else {
      out.writeBooleanProperty("const", constant);
    }
  }

  private void array(ArraySchema array, String pointer, boolean nullable, int depth) {
    type("array", nullable);
    out.writeName("items");
    String items = element(array.items(), pointer + "/items", depth);
    Sentences moved = new Sentences();
    Integer minItems = array.minItems();
    Integer maxItems = array.maxItems();
    boolean minMoved = minItems != null && minItems > profile.minItemsLimit;
    boolean maxMoved = profile.moves(Keyword.MAX_ITEMS);
    if (!minMoved) {
      optionalInt("minItems", minItems);
    }
    if (!maxMoved) {
      optionalInt("maxItems", maxItems);
    }
    moved.items(
        minMoved || profile.says(Keyword.MIN_ITEMS) ? minItems : null,
        maxMoved || profile.says(Keyword.MAX_ITEMS) ? maxItems : null);
    if (array.uniqueItems()) {
      if (!profile.moves(Keyword.UNIQUE_ITEMS)) {
        out.writeBooleanProperty("uniqueItems", true);
      }
      if (profile.says(Keyword.UNIQUE_ITEMS)) {
        moved.uniqueItems();
      }
    }
    moved.each("Each item", items);
    description(array.description(), moved);
  }

  private void map(ObjectSchema map, String pointer, boolean nullable, int depth) {
    if (profile.mapRule != null) {
      Rules.map(profile.dialect, profile.mapRule, pointer, problems);
      return;
    }
    level(pointer, depth + 1);
    type("object", nullable);
    if (profile.propertiesOnMaps) {
      out.writeName("properties");
      out.writeStartObject();
      out.writeEndObject();
    }
    out.writeName("additionalProperties");
    String values =
        element(map.additionalProperties(), pointer + "/additionalProperties", depth + 1);
    Sentences moved = new Sentences();
    if (!profile.moves(Keyword.PROPERTY_COUNTS)) {
      optionalInt("minProperties", map.minProperties());
      optionalInt("maxProperties", map.maxProperties());
    }
    if (profile.says(Keyword.PROPERTY_COUNTS)) {
      moved.entries(map.minProperties(), map.maxProperties());
    }
    moved.each("Each value", values);
    description(map.description(), moved);
  }

  /**
   * An array's items or a map's values; returns the description its container says for it, or
   * {@code null} when it is written in place.
   */
  private String element(JsonSchema schema, String pointer, int depth) {
    StringBuilder outer = elementDescription;
    StringBuilder said =
        profile.containerSaysElements && !(resolved(schema) instanceof ObjectSchema)
            ? new StringBuilder()
            : null;
    elementDescription = said;
    value(schema, pointer, schema.nullable(), depth);
    elementDescription = outer;
    return said == null ? null : said.toString();
  }

  private JsonSchema resolved(JsonSchema schema) {
    return schema instanceof RefSchema ref ? plan.def(ref.name()) : schema;
  }

  private void objectBody(ObjectSchema object, String pointer, boolean nullable, int depth) {
    level(pointer, depth + 1);
    type("object", nullable);
    out.writeName("properties");
    out.writeStartObject();
    for (Map.Entry<String, JsonSchema> property : object.properties().entrySet()) {
      String name = property.getKey();
      String at = pointer + "/properties/" + escape(name);
      checkName(name, at);
      stats.properties++;
      stats.nameChars += name.length();
      boolean optional = !object.required().contains(name);
      if (optional && !profile.allRequired) {
        stats.optionals++;
      }
      JsonSchema schema = property.getValue();
      out.writeName(name);
      value(schema, at, profile.nullableProperty(schema.nullable(), optional), depth + 1);
    }
    out.writeEndObject();
    List<String> required =
        profile.allRequired ? List.copyOf(object.properties().keySet()) : object.required();
    // OpenAI strict wants "required" on every object, listing every key: [] when there are none.
    if (!required.isEmpty() || profile.allRequired) {
      out.writeName("required");
      out.writeStartArray();
      for (String name : required) {
        out.writeString(name);
      }
      out.writeEndArray();
    }
    if (profile.closedObjects) {
      out.writeBooleanProperty("additionalProperties", false);
    }
    description(object.description(), new Sentences());
  }

  private void level(String pointer, int level) {
    if (level > stats.depth) {
      stats.depth = level;
    }
    if (level > OPENAI_MAX_DEPTH && stats.tooDeep == null) {
      stats.tooDeep = pointer;
    }
  }

  private void checkName(String name, String pointer) {
    if (profile.propertyNames != null && !profile.propertyNames.matcher(name).matches()) {
      Rules.propertyName(profile.dialect, profile.propertyNames, name, pointer, problems);
    }
  }

  private void description(String description, Sentences moved) {
    String text = moved.appendedTo(description);
    if (elementDescription != null) {
      // Said by the container; consumed once, by the element's own schema.
      if (text != null) {
        elementDescription.append(text);
      }
      elementDescription = null;
      return;
    }
    if (text != null && !text.isEmpty()) {
      out.writeStringProperty("description", text);
    }
  }

  private void optionalString(String name, String value) {
    if (value != null) {
      out.writeStringProperty(name, value);
    }
  }

  private void optionalInt(String name, Integer value) {
    if (value != null) {
      out.writeNumberProperty(name, value.intValue());
    }
  }

  private void optionalDecimal(String name, BigDecimal value) {
    if (value != null) {
      out.writeName(name);
      out.writeNumber(Sentences.plain(value));
    }
  }

  /** A property name as a JSON pointer segment (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
