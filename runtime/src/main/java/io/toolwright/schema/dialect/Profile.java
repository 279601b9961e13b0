package io.toolwright.schema.dialect;

import io.toolwright.Dialect;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one dialect's schema may say, as switches the {@link SchemaWriter} reads. Everything a
 * dialect cannot say as a keyword is either moved into the description ({@link #moved}) or, where
 * no sentence can stand in for it (a map in a closed-object dialect, recursion), a problem. What
 * the dialect's model does not read although the dialect takes it ({@link #unread}) is written as a
 * keyword and said in the description too.
 */
final class Profile {

  /**
   * Constraint keywords a dialect may lack, or its model not read; the writer says such a one in a
   * sentence.
   */
  enum Keyword {
    /** {@code minLength}, {@code maxLength}. */
    LENGTHS,
    /** {@code minimum}, {@code maximum}. */
    BOUNDS,
    /** {@code exclusiveMinimum}, {@code exclusiveMaximum} on a number. */
    EXCLUSIVE_BOUNDS,
    MULTIPLE_OF,
    MAX_ITEMS,
    UNIQUE_ITEMS,
    /** {@code minProperties}, {@code maxProperties}. */
    PROPERTY_COUNTS,
    CONST,
    MIN_ITEMS,
    PATTERN,
    FORMAT
  }

  /** How shared and recursive {@code $defs} are written. */
  enum Defs {
    /** Shared types stay in {@code $defs} where that saves tokens, recursive ones always. */
    SHARED,
    /** Only recursive types stay; everything else is inlined. */
    RECURSIVE_ONLY,
    /** No references at all: everything inlined, recursion is a problem. */
    NONE
  }

  /** OpenAI's strict formats (structured outputs, "supported schemas"). */
  static final Set<String> OPENAI_STRICT_FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");

  /** Anthropic's strict formats (structured outputs, "JSON Schema limitations"). */
  static final Set<String> ANTHROPIC_STRICT_FORMATS =
      Set.of(
          "date-time",
          "time",
          "date",
          "duration",
          "email",
          "hostname",
          "uri",
          "ipv4",
          "ipv6",
          "uuid");

  static final Pattern ANTHROPIC_PROPERTY_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
  static final Pattern GEMINI_PROPERTY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  final Dialect dialect;

  /** Gemini's OpenAPI 3.0 subset: upper-case types, {@code nullable}, no references. */
  boolean openApi;

  /** OpenAI strict: every property required, the optional ones nullable. */
  boolean allRequired;

  /** An optional property does not also allow {@code null}: the model may leave it out. */
  boolean leanOptionals;

  /** Objects say {@code additionalProperties: false}. */
  boolean closedObjects = true;

  /** The rule a {@code Map<String, T>} breaks, or {@code null} when the dialect has maps. */
  String mapRule;

  /** Maps also carry {@code "properties": {}} (OpenAI rejects an object schema without them). */
  boolean propertiesOnMaps;

  Defs defs = Defs.SHARED;
  boolean recursionAllowed = true;

  /** A {@code $ref} may carry a {@code description} beside it. */
  boolean refSiblings = true;

  Set<Keyword> moved = EnumSet.noneOf(Keyword.class);

  /**
   * Keywords the dialect takes but its model does not read, so they are written and also said in
   * words: a validator and strict decoding use the keyword, the model the sentence.
   */
  Set<Keyword> unread = EnumSet.noneOf(Keyword.class);

  /**
   * The model reads no description of an array's items or a map's values unless they are objects,
   * so the container's description says it ({@code "Each item: ..."}) instead.
   */
  boolean containerSaysElements;

  /** Formats written as keywords; {@code null} for all. */
  Set<String> formats;

  /** Only patterns without lookaround, backreferences, word boundaries or large counts. */
  boolean simplePatternsOnly;

  /** The largest {@code minItems} written as a keyword. */
  int minItemsLimit = Integer.MAX_VALUE;

  /** The rule property names must follow, or {@code null}. */
  Pattern propertyNames;

  /** OpenAI strict's size limits apply. */
  boolean openAiStrictLimits;

  private Profile(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The input schema of a tool in {@code dialect}. */
  static Profile input(Dialect dialect) {
    Profile p = new Profile(dialect);
    p.leanOptionals = true;
    if (dialect.name().startsWith("OPENAI_")) {
      // OpenAI models read tools as harmony's TypeScript-like text (openai/harmony,
      // json_schema_to_typescript), which shows types, enums, descriptions and defaults but no
      // constraint keyword, and no description of an array's items or a map's values.
      p.unread = EnumSet.allOf(Keyword.class);
      p.containerSaysElements = true;
    }
    switch (dialect) {
      case OPENAI_CHAT, OPENAI_RESPONSES -> {
        p.propertiesOnMaps = true;
        p.refSiblings = false;
      }
      case OPENAI_CHAT_STRICT, OPENAI_RESPONSES_STRICT -> {
        p.allRequired = true;
        p.leanOptionals = false;
        p.mapRule = Rules.CLOSED_OBJECTS;
        p.refSiblings = false;
        p.moved = EnumSet.of(Keyword.LENGTHS, Keyword.UNIQUE_ITEMS, Keyword.PROPERTY_COUNTS);
        p.formats = OPENAI_STRICT_FORMATS;
        p.simplePatternsOnly = true;
        p.openAiStrictLimits = true;
      }
      case ANTHROPIC -> p.propertyNames = ANTHROPIC_PROPERTY_NAME;
      case ANTHROPIC_STRICT -> {
        p.mapRule = Rules.CLOSED_OBJECTS;
        p.recursionAllowed = false;
        p.refSiblings = false;
        p.moved =
            EnumSet.of(
                Keyword.LENGTHS,
                Keyword.BOUNDS,
                Keyword.EXCLUSIVE_BOUNDS,
                Keyword.MULTIPLE_OF,
                Keyword.MAX_ITEMS,
                Keyword.UNIQUE_ITEMS,
                Keyword.PROPERTY_COUNTS);
        p.formats = ANTHROPIC_STRICT_FORMATS;
        p.simplePatternsOnly = true;
        p.minItemsLimit = 1;
        p.propertyNames = ANTHROPIC_PROPERTY_NAME;
      }
      case GEMINI -> {
        p.openApi = true;
        p.closedObjects = false;
        p.mapRule = Rules.ADDITIONAL_PROPERTIES;
        p.defs = Defs.NONE;
        p.recursionAllowed = false;
        p.moved =
            EnumSet.of(
                Keyword.EXCLUSIVE_BOUNDS, Keyword.MULTIPLE_OF, Keyword.UNIQUE_ITEMS, Keyword.CONST);
        p.propertyNames = GEMINI_PROPERTY_NAME;
        // Google's regular expressions are RE2, which has no lookaround or backreferences.
        p.simplePatternsOnly = true;
      }
      case GEMINI_JSON_SCHEMA -> p.defs = Defs.RECURSIVE_ONLY;
      case MCP -> {}
    }
    return p;
  }

  /**
   * MCP's {@code outputSchema}: the lean rules, but an optional property keeps its {@code null},
   * since the server's result must conform and a client may validate it.
   */
  static Profile output() {
    return new Profile(Dialect.MCP);
  }

  boolean moves(Keyword keyword) {
    return moved.contains(keyword);
  }

  /** Whether the model must read {@code keyword} in words: moved, or written but not read. */
  boolean says(Keyword keyword) {
    return moved.contains(keyword) || unread.contains(keyword);
  }

  boolean writesFormat(String format) {
    return formats == null || formats.contains(format);
  }

  boolean writesPattern(String pattern) {
    return !simplePatternsOnly || Patterns.isSimple(pattern);
  }

  /** Whether a property, optional or not, is written as allowing {@code null}. */
  boolean nullableProperty(boolean nullable, boolean optional) {
    if (optional && allRequired) {
      return true;
    }
    if (optional && leanOptionals) {
      return false;
    }
    return nullable;
  }
}
