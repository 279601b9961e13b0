package io.toolwright.processor.diagnostics;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports. The rule key is stable: builds, suppressions and docs key
 * on it, so a message's wording may change but its key may not. Several constants share a key when
 * they are variants of one rule with different fixes.
 *
 * <p>Text and fix are {@link String#format} templates over the same arguments, so a fix can repeat
 * a name from the text ({@code %1$s}). A message that only informs (a note) has no fix: {@code
 * null}, and no "Fix:" is printed.
 *
 * <p>A constant made without a {@link Severity} is an error no option can lower: with it, the
 * generated code would not compile, or the tool could not work. A constant made with a {@code
 * Severity} is a lint rule: that is its default severity, which the option
 * {@code -Atoolwright.lint.<rule>=<severity>} (or the list {@code -Atoolwright.severity})
 * changes and
 * {@code @SuppressWarnings("toolwright:<rule>")} silences where it is written. Constants sharing a
 * rule key must agree on both.
 */
public enum Message {
  INVALID_NAME(
      "invalid-name",
      "Tool name \"%1$s\" of %2$s is not valid: tool names must match"
          + " ^[a-zA-Z_][a-zA-Z0-9_-]{0,63}$, the names OpenAI, Anthropic, Gemini and MCP all"
          + " accept.",
      "Use @Tool(name = \"%3$s\")."),
  DUPLICATE_NAME(
      "duplicate-name",
      "Tool name \"%1$s\" of %2$s is already used by %3$s in the same class; a model could not tell"
          + " the two tools apart.",
      "Give one of them another name with @Tool(name = \"...\")."),
  UNREACHABLE_PRIVATE_METHOD(
      "unreachable-method",
      "Tool method %1$s is private, so the generated %2$s cannot call it.",
      "Make %1$s package-private, protected or public."),
  UNREACHABLE_PRIVATE_CLASS(
      "unreachable-method",
      "Tool method %1$s is declared in %2$s, which is private, so the generated %3$s cannot reach"
          + " it.",
      "Make %2$s package-private or public."),
  UNREACHABLE_INNER_CLASS(
      "unreachable-method",
      "Tool method %1$s is declared in inner class %2$s; tools are bound to instances of top-level"
          + " or static nested classes.",
      "Declare %2$s static, or move the tool to a top-level class."),
  UNREACHABLE_LOCAL_CLASS(
      "unreachable-method",
      "Tool method %1$s is declared in %2$s, which no code outside its enclosing block can name,"
          + " so no tool is generated for it.",
      "Move the tool to a top-level or static nested class."),
  ENUM_NOT_STRING(
      "enum-not-string",
      "@Enum is on %1$s of type %2$s, but it restricts String values only.",
      "Declare %1$s as String, or remove @Enum and use a Java enum type."),
  INVALID_ENUM_VALUES(
      "invalid-enum-values",
      "@Enum on %1$s %2$s.",
      "List each allowed value once, e.g. @Enum({\"open\", \"closed\"})."),
  UNSUPPORTED_OBJECT(
      "unsupported-type",
      "%1$s has type %2$s, and %3$s has no JSON Schema: a model could send anything.",
      "Declare a specific type: a record, an enum, String, a number, or a collection of those."),
  UNSUPPORTED_RAW(
      "unsupported-type",
      "%1$s has type %2$s; the raw type %3$s has no type arguments, so there is no schema for what"
          + " it holds.",
      "Add the type arguments, e.g. List<String> instead of List."),
  UNSUPPORTED_WILDCARD(
      "unsupported-type",
      "%1$s has type %2$s; the wildcard %3$s does not say what a model must send.",
      "Use the exact type, e.g. List<Invoice> instead of List<? extends Invoice>."),
  UNSUPPORTED_TYPE_VARIABLE(
      "unsupported-type",
      "%1$s has type %2$s; the type variable %3$s has no schema, because the generated code cannot"
          + " know what it stands for.",
      "Replace %3$s with a concrete type."),
  UNSUPPORTED_MAP_KEY(
      "unsupported-type",
      "%1$s has type %2$s; JSON object keys are strings, so a map's key type must be String.",
      "Use Map<String, ...>, or a List of records holding the key and the value."),
  UNSUPPORTED_NESTED_OPTIONAL(
      "unsupported-type",
      "%1$s has type %2$s; Optional is supported only as the whole type of a parameter, record"
          + " component or property, not inside %3$s.",
      "Remove the inner Optional; if the whole value may be absent, make it Optional or"
          + " @Nullable."),
  UNSUPPORTED_ABSTRACT(
      "unsupported-type",
      "%1$s has type %2$s; %3$s is an interface or abstract class, so there is no one shape a model"
          + " could send and no class the generated code could create.",
      "Use a record, or a concrete class with a public no-argument constructor and public"
          + " setters."),
  UNSUPPORTED_CLASS(
      "unsupported-type",
      "%1$s has type %2$s; %3$s is neither a record nor a bean (a public no-argument constructor"
          + " and public setters).",
      "Make %3$s a record, or give it a public no-argument constructor and public setters."),
  UNSUPPORTED_INNER_CLASS(
      "unsupported-type",
      "%1$s has type %2$s; %3$s is an inner class, which can only be created with an enclosing"
          + " instance.",
      "Declare %3$s static, or make it a record."),
  UNSUPPORTED_COLLECTION_CLASS(
      "unsupported-type",
      "%1$s has type %2$s; collections must be declared by interface.",
      "Declare it as List, Set or Collection (or Map<String, T> for a map)."),
  UNSUPPORTED_LIBRARY_TYPE(
      "unsupported-type",
      "%1$s has type %2$s; %3$s is a platform type with no JSON Schema mapping.",
      "Use a supported type: String, a number, boolean, char, UUID, URI, an enum, a record, List,"
          + " Set, Collection, Map<String, T>, Optional, or one of the java.time types %4$s."),
  UNSUPPORTED_ARRAY(
      "unsupported-type",
      "%1$s has type %2$s; only arrays of int, long, double, boolean, and of types without type"
          + " arguments, are supported.",
      "Use a List instead, e.g. List<%3$s>."),
  UNSUPPORTED_BYTE_ARRAY(
      "unsupported-type",
      "%1$s has type %2$s; JSON has no binary type, and an array of numbers would cost a model"
          + " several tokens per byte.",
      "For binary data, declare a String holding base64 and decode it with"
          + " java.util.Base64.getDecoder(); for a few small numbers, use List<Byte>."),
  UNSUPPORTED_CHAR_ARRAY(
      "unsupported-type",
      "%1$s has type %2$s; a model sends text as a JSON string, not as an array of characters.",
      "Declare it as String (and call toCharArray() in the method if it needs the array)."),
  UNSUPPORTED_CONTEXT_TYPE_VARIABLE(
      "unsupported-type",
      "%1$s has type %2$s; the generated code takes a context value from the ToolContext by its"
          + " class, and the type variable %3$s has none.",
      "Declare %1$s with the concrete type the application puts in the ToolContext."),
  UNSUPPORTED_RETURN_ASYNC(
      "unsupported-return",
      "Tool %1$s returns %2$s; asynchronous tools are not supported yet, so the model would receive"
          + " the fields of the %3$s object instead of its result.",
      "Return the value itself, waiting for it inside the method (e.g. with join() or get())."),
  INACCESSIBLE_TYPE(
      "inaccessible-type",
      "%1$s has type %2$s, which the generated code in package %3$s cannot access (%4$s).",
      "Make %2$s public, or move it to package %3$s."),
  INACCESSIBLE_CONTEXT_TYPE(
      "inaccessible-type",
      "%1$s has type %2$s, which the generated code in package %3$s cannot name (%4$s), so it"
          + " could not take the value from the ToolContext.",
      "Make %5$s public (or package-private in package %3$s), as a top-level or static nested"
          + " class."),
  NULLABLE_PRIMITIVE(
      "nullable-primitive",
      "%1$s is marked @Nullable, but its type %2$s is primitive and cannot be null.",
      "Use %3$s instead of %2$s, or remove @Nullable to make it required."),
  MISPLACED_CONSTRAINT(
      "misplaced-constraint",
      "@%1$s on %2$s does not apply to type %3$s, so neither the schema nor Bean Validation could"
          + " enforce it.",
      "Remove @%1$s, or use it on %4$s."),
  INVALID_CONSTRAINT(
      "invalid-constraint",
      "@%1$s on %2$s is invalid: %3$s.",
      "Correct the annotation's values; Bean Validation would reject it at run time."),
  CONTEXT_NAME_CLASH(
      "context-name-clash",
      "@Context %1$s has the name \"%2$s\", which is also the name of an argument the model sends;"
          + " the runtime rejects model arguments named like a context value, so the tool could"
          + " never be called.",
      "Rename one of them, or give the context value another name with @Context(\"...\")."),
  EXAMPLE_NOT_JSON(
      "invalid-example",
      "%1$s is not JSON: %2$s.",
      "Write the example's arguments as one JSON object keyed by parameter name, %3$s; in a text"
          + " block (\"\"\"...\"\"\") quotes need no escaping."),
  EXAMPLE_NOT_OBJECT(
      "invalid-example",
      "%1$s is a JSON %2$s, but a tool's arguments are one JSON object holding its"
          + " parameters by name.",
      "Write the arguments as an object: %3$s."),
  EXAMPLE_NAMES_CONTEXT(
      "invalid-example",
      "%1$s sets \"%2$s\", the @Context parameter '%3$s': the application supplies"
          + " it, a model never sends it, and the runtime rejects a call that does.",
      "Remove \"%2$s\" from the example."),
  EXAMPLE_INVALID(
      "invalid-example",
      "%1$s does not match the tool's schema (%2$s): %3$s. A provider may reject"
          + " the tool (Anthropic answers 400), and a model would copy the mistake.",
      "Correct the example at each pointer; the schema is in META-INF/toolwright/%4$s.json."),
  EXAMPLE_WITHOUT_TOOL(
      "invalid-example",
      "@ToolExample on %1$s, which is not a @Tool method: no tool carries the example.",
      "Add @Tool to %1$s, or remove the @ToolExample."),
  EXAMPLE_UNCHECKED_CONSTRAINT(
      Severity.WARNING,
      "example-unchecked-constraint",
      "%1$s matches the tool's schema, but the schema cannot show every"
          + " constraint on its values, so only Bean Validation checks these, at run time: %2$s.",
      "Execute the examples through a ToolRegistry in a test (ToolDefinition.examples()); an"
          + " example for @Future turns invalid once its date passes. Then add"
          + " @SuppressWarnings(\"toolwright:example-unchecked-constraint\") to the method."),
  MISSING_VALID(
      Severity.ERROR,
      "missing-valid",
      "%1$s holds %2$s, whose constraints the schema shows, but without @Valid Bean Validation does"
          + " not check inside it, so the run time would accept what the schema forbids.",
      "Annotate %1$s with @jakarta.validation.Valid."),
  MISSING_VALID_IN_CONTAINER(
      Severity.ERROR,
      "missing-valid",
      "%1$s holds %2$s, whose constraints the schema shows, but without @Valid Bean Validation does"
          + " not check inside it, so the run time would accept what the schema forbids.",
      "Annotate the type argument, as in %3$s: on the container itself Hibernate Validator"
          + " deprecates @Valid (HV000271) and cascades one level only."),
  MISSING_VALID_NESTED(
      Severity.ERROR,
      "missing-valid",
      "%1$s holds %2$s inside nested containers, but Hibernate Validator cascades @Valid on %1$s"
          + " itself one level deep only, so it never checks inside %2$s and the run time would"
          + " accept what the schema forbids.",
      "Move @Valid to the type argument: %3$s."),
  UNVALIDATABLE_ARRAY(
      Severity.ERROR,
      "unvalidatable-array",
      "%1$s has type %2$s, an array inside another array or container, holding %3$s, whose"
          + " constraints the schema shows; Bean Validation cannot check inside such an array"
          + " (Hibernate Validator HV-1428), so the run time would accept what the schema forbids.",
      "Use a List in place of the array: %4$s."),
  MAP_KEY_CONSTRAINT(
      "container-element-constraint",
      "@%1$s on the keys of %2$s: Toolwright cannot yet show a constraint on map keys in the"
          + " schema, so the model would not see what the run time enforces.",
      "Remove @%1$s and check the keys in the method, or use a list of records instead of the map,"
          + " e.g. a record Entry(@%1$s String key, ... value)."),
  UNRESOLVED_TYPE(
      "unresolved-type",
      "%1$s has type %2$s, which could not be resolved in any annotation processing round, so no"
          + " tools were generated for %3$s.",
      "Check the import and the dependency providing %2$s, or the annotation processor that should"
          + " generate it."),
  GENERATED_NAME_CLASH(
      "generated-name-clash",
      "%1$s and %2$s would both generate %3$s: the generated name of a nested class joins the"
          + " names of its enclosing classes with '_'.",
      "Rename one of the two classes, or move its tools to another class."),
  MISSING_TOOL_DESCRIPTION(
      Severity.WARNING,
      "missing-description",
      "Tool %1$s has no description (no Javadoc comment, no @Tool(description = ...)), so a model"
          + " has only its name to decide when to call it.",
      "Write a Javadoc comment on %1$s saying what the tool does and when to use it, or set"
          + " @Tool(description = \"...\")."),
  MISSING_PARAMETER_DESCRIPTION(
      Severity.WARNING,
      "missing-description",
      "%1$s has no description, so a model has only its name to decide what to send.",
      "Add \"@param %2$s <what to send>\" to the Javadoc comment of %3$s."),
  MISSING_COMPONENT_DESCRIPTION(
      Severity.WARNING,
      "missing-description",
      "%1$s has no description, so a model has only its name to decide what to send.",
      "Add \"@param %2$s <what to send>\" to the Javadoc comment of record %3$s."),
  MISSING_BEAN_PROPERTY_DESCRIPTION(
      Severity.WARNING,
      "missing-description",
      "%1$s has no description, so a model has only its name to decide what to send.",
      "Write a Javadoc comment on its field, getter or setter in %3$s."),
  MISSING_DESCRIPTION_COMPILED(
      Severity.WARNING,
      "missing-description",
      "%1$s holds %2$s, which was compiled in an earlier compilation (a library, another module,"
          + " or an incremental build): class files keep no Javadoc, so the schema has no"
          + " description for %2$s or its properties.",
      "Compile %2$s in the same compilation as the tools, or accept the missing descriptions with"
          + " @SuppressWarnings(\"toolwright:missing-description\") here."),
  // Tool-quality lint (issue 7), in package lint.
  SHORT_DESCRIPTION(
      Severity.WARNING,
      "short-description",
      "Tool %1$s has the description \"%2$s\", under %3$d words or %4$d characters: too little"
          + " for a model to tell when to call it and when not.",
      "Say what the tool does, to what, and when to use it (or not), in the Javadoc comment of %1$s"
          + " or in @Tool(description = \"...\")."),
  VAGUE_DESCRIPTION(
      Severity.ERROR,
      "vague-description",
      "Tool %1$s has the description \"%2$s\", whose words (%3$s) fit any tool, so a model"
          + " cannot tell when to call this one.",
      "Name the objects and the outcome, e.g. \"Lists the unpaid invoices of a customer, newest"
          + " first\", in the Javadoc comment of %1$s or in @Tool(description = \"...\")."),
  VAGUE_DESCRIPTION_NAME(
      Severity.ERROR,
      "vague-description",
      "Tool %1$s has the description \"%2$s\", which only repeats its name %3$s, so a model learns"
          + " nothing it did not know.",
      "Say what the name does not: which objects, which outcome, when to use it, e.g. what it"
          + " returns and what it needs; in the Javadoc comment of %1$s or in"
          + " @Tool(description = \"...\")."),
  WIDE_PARAMETER(
      Severity.ERROR,
      "wide-parameter",
      "%1$s is a String that %2$s says is a language (SQL, a query language, a shell command,"
          + " a script, an expression, code or raw JSON), so a model may send anything the"
          + " language can say, and a prompt injection can too.",
      "Take the parts as typed parameters instead (an enum for a choice, a record for a filter,"
          + " numbers and dates as such), and build the statement in the method."),
  MISSING_ENUM(
      Severity.WARNING,
      "missing-enum",
      "%1$s is a free String, but %2$s, so its values look like a finite set, which a model would"
          + " have to guess the spelling of.",
      "Declare %3$s as a Java enum type, or add @Enum({\"...\", \"...\"}) with the values the"
          + " method accepts, or a @Pattern if the values follow a format."),
  DESTRUCTIVE_DESCRIPTION(
      Severity.ERROR,
      "destructive-description",
      "Tool %1$s is DESTRUCTIVE, but its description \"%2$s\" does not say what it destroys or"
          + " changes (a change verb such as deletes, cancels, refunds, overwrites, followed by"
          + " what it acts on), so neither a model nor a person approving the call knows what is"
          + " lost.",
      "Start the description with the change and its object, e.g. \"Cancels the order and refunds"
          + " its payment; cannot be undone\"."),
  UNBOUNDED_INPUT(
      Severity.WARNING,
      "unbounded-input",
      "%1$s has no maximum on %2$s, and %3$s: a model, or a prompt injection, may send as much as"
          + " the JSON parser takes, and the tool would store or process all of it.",
      "Declare the most the tool needs, as in %4$s; or declare @Tool(effect = Effect.READ_ONLY)"
          + " if the tool changes nothing."),
  // Names and look-alikes (issue 7): tools-alike, tool-naming, mcp-name.
  TOOLS_ALIKE(
      Severity.ERROR,
      "tools-alike",
      "Tool %1$s reads too much like %2$s to tell apart: their descriptions have a similarity of"
          + " %3$s (cosine over their words; -Atoolwright.toolsAlike.threshold=%4$d flags %5$s and"
          + " above), and %6$s, so a model picks between them by chance.",
      "Say what sets them apart: what each acts on or returns that the other does not, and when"
          + " to call %1$s rather than %2$s, in the Javadoc comment of %1$s or in"
          + " @Tool(description = \"...\"); or merge them into one tool with a parameter for the"
          + " difference."),
  TOOLS_ALIKE_NAMES(
      Severity.ERROR,
      "tools-alike",
      "Tool name \"%1$s\" of %2$s has the same words as \"%3$s\" of %4$s, only in another order"
          + " or inflection, so a model that remembers one calls the other.",
      "Say what sets them apart in the names, e.g. list_open_invoices and list_paid_invoices,"
          + " with @Tool(name = \"...\"); or merge them into one tool."),
  TOOL_NAMING_GENERIC(
      Severity.WARNING,
      "tool-naming",
      "Tool name \"%1$s\" of %2$s is made of words that fit any tool (%3$s), so it tells a model"
          + " neither what the tool does nor to what.",
      "Name the action and its object, verb_noun like search_invoices or cancel_order, with"
          + " @Tool(name = \"...\") or by renaming the method."),
  TOOL_NAMING_SHORT(
      Severity.WARNING,
      "tool-naming",
      "Tool name \"%1$s\" of %2$s has %3$d characters, too few to say what the tool does.",
      "Name the action and its object, verb_noun like search_invoices or cancel_order, with"
          + " @Tool(name = \"...\") or by renaming the method."),
  TOOL_NAMING_MIXED(
      Severity.WARNING,
      "tool-naming",
      "Tool name \"%1$s\" of %2$s mixes %3$s, so a model that writes the name from memory, in"
          + " one convention, gets it wrong.",
      "Use one convention: @Tool(name = \"%4$s\") (snake_case, like the names derived from"
          + " method names)."),
  MCP_NAME_LENGTH(
      Severity.WARNING,
      "mcp-name",
      "Tool name \"%1$s\" of %2$s has %3$d characters; an MCP client puts its server's name"
          + " before it (Claude Code: mcp__<server>__%1$s), and with a prefix of %4$d characters"
          + " (-Atoolwright.mcpPrefix) it has %5$d, over the 64 that OpenAI and Anthropic accept:"
          + " the client drops the tool or the request fails.",
      "Shorten the name to at most %6$d characters with @Tool(name = \"...\"); or, if your"
          + " clients' prefix is shorter, lower -Atoolwright.mcpPrefix."),
  MCP_NAME_COLLISION(
      Severity.WARNING,
      "mcp-name",
      "Tool name \"%1$s\" of %2$s differs from \"%3$s\" of %4$s only in case or in '-', '_' and"
          + " '.', so the two collide in a client that normalizes names, and a model that"
          + " misspells one calls the other.",
      "Give one of them a name that differs in a word, with @Tool(name = \"...\")."),
  LOCAL_CLASSES_UNCHECKED(
      Severity.NOTE,
      "local-classes-unchecked",
      "@Tool methods in local and anonymous classes are not reported in this build: javac does not"
          + " show them to processors, and the syntax tree that reveals them is not available"
          + " through this processing environment (%1$s), as under Gradle or IntelliJ.",
      "Declare tools in top-level or static nested classes only; a plain javac build (Maven)"
          + " reports misplaced ones as errors."),
  UNKNOWN_OPTION(
      Severity.WARNING,
      false,
      "invalid-option",
      "Toolwright has no option -A%1$s, so it is ignored.",
      "Use one of: %2$s."),
  INVALID_OPTION_VALUE(
      Severity.WARNING,
      false,
      "invalid-option",
      "Option -A%1$s is not valid: %2$s.",
      "Valid values: %3$s."),
  FIXED_SEVERITY(
      Severity.WARNING,
      false,
      "invalid-option",
      "Option -A%1$s cannot change %2$s, an error no option can lower: with it, the generated code"
          + " or the tool could not work.",
      "Remove %2$s from the option, and fix what it reports."),
  TOKEN_BUDGET_TOOL(
      Severity.WARNING,
      "token-budget",
      "Tool %1$s costs %2$d prompt tokens in %3$s, over the budget of %4$d per tool"
          + " (-Atoolwright.tokenBudget.tool): every request that carries it pays them.",
      "Route (send fewer tools per request), or split the tool / shorten descriptions; or raise"
          + " the budget."),
  TOKEN_BUDGET_CLASS(
      Severity.WARNING,
      "token-budget",
      "The %1$d tools of %2$s cost %3$d prompt tokens in %4$s, over the budget of %5$d per class"
          + " (-Atoolwright.tokenBudget.class): a request that carries them all pays them.",
      "Route (send fewer tools per request), or split the tools / shorten descriptions; or raise"
          + " the budget."),
  BUILD_REPORT(
      Severity.NOTE,
      "report",
      "%1$s: %2$s. Per tool figures are in %3$s; -Atoolwright.lint.report=off silences this"
          + " line.",
      null),
  RUNTIME_MISSING(
      "runtime-missing",
      "%1$s declares @Tool methods, but toolwright-runtime is not on the compile classpath, and the"
          + " generated %2$s needs it.",
      "Add the dependency io.toolwright:toolwright-runtime; toolwright-annotations alone is for"
          + " modules that only declare types the tools use."),
  WRITE_FAILED(
      "write-failed",
      "Could not write %1$s for %2$s: %3$s.",
      "Check that no other processor generates the same file, and that the output is writable."),
  PROVIDER_REJECTS(
      "provider-rejects",
      "%1$s would reject tool %2$s (%3$s): %4$s",
      "%5$s Or leave %6$s out of -Atoolwright.dialects if the build does not target it."),
  INTERNAL_ERROR(
      "internal-error",
      "Toolwright failed while processing %1$s: %2$s.",
      "This is a bug in Toolwright; please report it with the source of %1$s and this stack"
          + " trace:%n%3$s"),

  // Constraint semantics (issue 5): schema and Bean Validation must say the same.
  PATTERN_DIALECT(
      "pattern-dialect",
      "@%1$s on %2$s uses \"%3$s\", which JSON Schema patterns (ECMA-262) read differently"
          + " from Java's java.util.regex, so the schema would not say what Bean Validation"
          + " checks.",
      "%4$s."),
  PATTERN_FLAGS(
      "pattern-dialect",
      "@%1$s on %2$s has flags, which a JSON Schema pattern cannot express, so the schema would"
          + " not say what Bean Validation checks.",
      "Remove flags and write the expression so that it needs none, e.g. [Aa] instead of"
          + " CASE_INSENSITIVE."),
  CONSTRAINT_GROUPS(
      "constraint-groups",
      "@%1$s on %2$s belongs to groups %3$s, but Toolwright validates the Default group only, so"
          + " the schema would show a constraint nobody enforces.",
      "Remove groups from @%1$s, or check the rule in the method."),
  SETTER_CONSTRAINT(
      "misplaced-constraint",
      "@%1$s on setter %2$s: Bean Validation checks a bean's fields and getters, not its setters,"
          + " so the schema would show a constraint nobody enforces.",
      "Move @%1$s to the field or the getter of %3$s."),
  OPTIONAL_DECLARATION_CONSTRAINT(
      "misplaced-constraint",
      "@%1$s on %2$s applies to the Optional itself, which Hibernate Validator cannot check"
          + " (HV000030), so every call would fail.",
      "Put the constraint on the type argument: %3$s."),
  OPTIONAL_CONSTRAINT_NOT_ON_TYPES(
      "misplaced-constraint",
      "@%1$s on %2$s applies to the Optional itself, which Hibernate Validator cannot check"
          + " (HV000030), so every call would fail; and its @Target has no TYPE_USE, so it cannot"
          + " go on the type argument, where it would apply to the value.",
      "Add ElementType.TYPE_USE to the @Target of @%1$s and write %3$s, or declare %2$s without"
          + " Optional, as @Nullable."),
  CONSTRAINT_NOT_ON_FIELD(
      "misplaced-constraint",
      "@%1$s on %2$s cannot be written on a field (its @Target has neither FIELD nor TYPE_USE),"
          + " but the generated arguments class checks %2$s on a field, so the schema would show"
          + " a rule nobody enforces.",
      "Add ElementType.FIELD to the @Target of @%1$s."),
  GENERIC_ARGUMENT_CONSTRAINT(
      "misplaced-constraint",
      "@%1$s on a type argument of %2$s in %3$s: Bean Validation looks inside Optional,"
          + " collections, maps and arrays only, so the constraint would be neither shown nor"
          + " enforced.",
      "Remove @%1$s, and constrain the values where %2$s declares them, or use a record whose"
          + " component carries @%1$s."),
  CONTRADICTORY_NULLABILITY(
      "contradictory-nullability",
      "@NotNull on %1$s, which may be left out (%2$s): the run time would reject what the schema"
          + " allows.",
      "Remove @NotNull to keep %1$s optional, or remove %3$s to make it required."),
  CONTRADICTORY_NULLABILITY_IN_TYPE(
      "contradictory-nullability",
      "@%3$s on %1$s rejects null, but %1$s may be left out (%2$s): Bean Validation would reject"
          + " what the schema allows.",
      "Make %1$s required (remove %4$s), or replace @%3$s with a constraint that lets null"
          + " through, such as %5$s."),
  NULL_CONSTRAINT(
      "null-constraint",
      "@Null on %1$s: a model could never send a value, so the tool argument is of no use.",
      "Remove %1$s from what the model sends (a @Context parameter if the application supplies"
          + " it), or remove @Null."),
  FLOATING_POINT_BOUND(
      Severity.WARNING,
      "floating-point-bound",
      "@%1$s on %2$s bounds a %3$s: Bean Validation checks the value rounded to a %3$s, the schema"
          + " the decimal the model wrote, so the two disagree on a value closer to the bound than"
          + " a %3$s's precision (99.99999999999999999999 is below 100 to the schema, 100.0 to"
          + " Java).",
      "Declare %2$s as BigDecimal for an exact bound, or accept the edge with"
          + " @SuppressWarnings(\"toolwright:floating-point-bound\")."),
  CONSTRAINT_NOT_IN_SCHEMA(
      Severity.WARNING,
      "constraint-not-in-schema",
      "@%1$s on %2$s is enforced by Bean Validation, but JSON Schema has no keyword for it; the"
          + " description tells the model instead: \"%3$s\"",
      "Nothing, if that sentence says enough; otherwise explain the rule in the Javadoc, or use"
          + " constraints the schema shows (@Size, @Pattern, @Min...)."),
  // Retired tools (issue 10).
  RETIRED_TOOL_DECLARATION(
      "retired-tool-declaration",
      "@RetiredTool(name = \"%1$s\") on %2$s: %3$s.",
      "%4$s"),
  RETIRED_TOOL_OVERDUE(
      Severity.WARNING,
      "retired-tool",
      "Tool %1$s was retired in favour of %2$s until %3$s, and the build's date is %4$s: clients"
          + " had until then to move, and the declaration lingers.",
      "Remove @RetiredTool(name = \"%1$s\") (calls to %1$s then get UNKNOWN_TOOL), or give it a"
          + " later until date.");

  private final Severity severity;
  private final boolean configurable;
  private final String rule;
  private final String text;
  private final String fix;

  /** An error no option can lower. */
  Message(String rule, String text, String fix) {
    this(Severity.ERROR, false, rule, text, fix);
  }

  /** A rule with the default severity {@code severity}, which options may change. */
  Message(Severity severity, String rule, String text, String fix) {
    this(severity, true, rule, text, fix);
  }

  Message(Severity severity, boolean configurable, String rule, String text, String fix) {
    this.severity = severity;
    this.configurable = configurable;
    this.rule = rule;
    this.text = text;
    this.fix = fix;
  }

  /** The severity without options and suppressions. */
  public Severity defaultSeverity() {
    return severity;
  }

  /** The javac kind of the default severity. */
  public Diagnostic.Kind kind() {
    return severity.kind();
  }

  /**
   * Whether options and {@code @SuppressWarnings} may change how this rule is reported; {@code
   * false} for errors that mean broken generated code or a tool that cannot work.
   */
  public boolean configurable() {
    return configurable;
  }

  /** The stable key, as in {@code [toolwright:<rule>]}. */
  public String rule() {
    return rule;
  }

  /**
   * The full text: {@code [toolwright:<rule>] <text> Fix: <fix>}; without the fix for a message
   * that only informs (made with a {@code null} fix, such as the {@code report} note).
   */
  public String format(Object... args) {
    String message = "[toolwright:" + rule + "] " + String.format(Locale.ROOT, text, args);
    return fix == null ? message : message + " Fix: " + String.format(Locale.ROOT, fix, args);
  }
}
