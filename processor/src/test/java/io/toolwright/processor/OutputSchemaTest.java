package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which return types get an output schema, and what it says, for each kind of return type. Each
 * case compiles a class {@code p.Shop} whose one tool {@code get} returns the type under test.
 */
class OutputSchemaTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DIALECT = "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",";

  /** Compiles {@code p.Shop} with its tool and declarations; its resource, as a tree. */
  private static JsonNode resource(String returnType, String... declarations) {
    List<String> lines = new ArrayList<>();
    lines.add("package p;");
    lines.add("import io.toolwright.annotation.*;");
    lines.add("import java.util.*;");
    lines.add("import java.time.*;");
    lines.add("import java.math.BigDecimal;");
    lines.add("import java.lang.annotation.*;");
    lines.add("public class Shop {");
    lines.addAll(List.of(declarations));
    lines.add("  @Tool(description = \"Gets it.\", effect = Effect.READ_ONLY)");
    lines.add("  public " + returnType + " get(@Context(\"customer\") String customer) {");
    lines.add("    throw new UnsupportedOperationException();");
    lines.add("  }");
    lines.add("}");
    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceLines("p.Shop", lines.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    return JSON.readTree(Compilations.resource(compilation, "META-INF/toolwright/p.Shop.json"))
        .get("tools")
        .get(0);
  }

  /** The output schema of the tool returning {@code returnType}, compact; {@code null} if none. */
  private static String outputSchema(String returnType, String... declarations) {
    JsonNode schema = resource(returnType, declarations).get("outputSchema");
    return schema == null ? null : JSON.writeValueAsString(schema);
  }

  @Test
  void recordWithNullableAndOptionalComponents() {
    assertThat(
            outputSchema(
                "Item",
                "  @Target(ElementType.TYPE_USE) @interface Nullable {}",
                "  /**",
                "   * An item.",
                "   * @param sku the stock-keeping unit",
                "   */",
                "  public record Item(String sku, @Nullable String note, Optional<Integer> stock,"
                    + " int count) {}"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"properties\":{"
                + "\"sku\":{\"type\":\"string\",\"description\":\"the stock-keeping unit\"},"
                + "\"note\":{\"type\":[\"string\",\"null\"]},"
                + "\"stock\":{\"type\":[\"integer\",\"null\"],\"format\":\"int32\","
                + "\"minimum\":-2147483648,\"maximum\":2147483647},"
                + "\"count\":{\"type\":\"integer\",\"format\":\"int32\","
                + "\"minimum\":-2147483648,\"maximum\":2147483647}},"
                + "\"required\":[\"sku\",\"count\"],\"additionalProperties\":false,"
                + "\"description\":\"An item.\"}");
  }

  @Test
  void nestedRecordsEnumsListsAndMapsGoToDefs() {
    assertThat(
            outputSchema(
                "Order",
                "  public enum State { OPEN, SHIPPED }",
                "  public record Line(String sku, BigDecimal price) {}",
                "  public record Order(State state, List<Line> lines, Map<String, Line> bySku,"
                    + " Set<String> tags) {}"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"properties\":{"
                + "\"state\":{\"type\":\"string\",\"enum\":[\"OPEN\",\"SHIPPED\"]},"
                + "\"lines\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Line\"}},"
                + "\"bySku\":{\"type\":\"object\",\"additionalProperties\":{\"$ref\":\"#/$defs/Line\"}},"
                // No uniqueItems: two distinct elements of a Set may be written as the same JSON.
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
                + "\"required\":[\"state\",\"lines\",\"bySku\",\"tags\"],\"additionalProperties\":false,"
                + "\"$defs\":{\"Line\":{\"type\":\"object\",\"properties\":{"
                + "\"sku\":{\"type\":\"string\"},\"price\":{\"type\":\"number\"}},"
                + "\"required\":[\"sku\",\"price\"],\"additionalProperties\":false}}}");
  }

  @Test
  void recursiveRecordRefersToItsOwnDefinition() {
    assertThat(outputSchema("Node", "  public record Node(String label, List<Node> children) {}"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"properties\":{\"label\":{\"type\":\"string\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
                + "\"required\":[\"label\",\"children\"],\"additionalProperties\":false,"
                + "\"$defs\":{\"Node\":{\"type\":\"object\",\"properties\":{"
                + "\"label\":{\"type\":\"string\"},"
                + "\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/Node\"}}},"
                + "\"required\":[\"label\",\"children\"],\"additionalProperties\":false}}}");
  }

  @Test
  void classIsReadByItsGettersAsJacksonWritesIt() {
    // No setters and no no-argument constructor: not a parameter type, but Jackson writes it.
    assertThat(
            outputSchema(
                "Receipt",
                "  public static class Receipt {",
                "    /** The total. */",
                "    private final BigDecimal total;",
                "    private final boolean paid;",
                "    public final String currency = \"EUR\";",
                "    private String hidden;",
                "    public Receipt(BigDecimal total, boolean paid) {",
                "      this.total = total; this.paid = paid;",
                "    }",
                "    public BigDecimal getTotal() { return total; }",
                "    public boolean isPaid() { return paid; }",
                "    public String getURL() { return \"u\"; }",
                "    public void setHidden(String hidden) { this.hidden = hidden; }",
                "    public String describe() { return hidden; }",
                "    public static String getStatic() { return \"s\"; }",
                "  }"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"properties\":{"
                + "\"currency\":{\"type\":\"string\"},"
                + "\"total\":{\"type\":\"number\",\"description\":\"The total.\"},"
                + "\"paid\":{\"type\":\"boolean\"},"
                + "\"URL\":{\"type\":\"string\"}},"
                + "\"required\":[\"currency\",\"total\",\"paid\",\"URL\"],"
                + "\"additionalProperties\":false}");
  }

  /** The shape compiled in {@link #recordGettersAreNamedAsJacksonWritesThem}, for the mapper. */
  public record Odd(int a) {
    public int getfoo() {
      return 1;
    }

    public int get_bar() {
      return 2;
    }

    public boolean isok() {
      return true;
    }

    public String getURL() {
      return "u";
    }
  }

  /** The class counterpart: Jackson takes no {@code getx()} there. */
  public static class Plain {
    public int getx() {
      return 1;
    }

    public int getY() {
      return 2;
    }
  }

  /**
   * On a record Jackson 3 writes every {@code get...()} and boolean {@code is...()}, whatever
   * follows the prefix; on a class only those with an upper-case letter after it. The output
   * schema names exactly what the default mapper writes for the same declarations.
   */
  @Test
  void recordGettersAreNamedAsJacksonWritesThem() {
    JsonNode recordSchema =
        JSON.readTree(
            outputSchema(
                "Odd",
                "  public record Odd(int a) {",
                "    public int getfoo() { return 1; }",
                "    public int get_bar() { return 2; }",
                "    public boolean isok() { return true; }",
                "    public String getURL() { return \"u\"; }",
                "  }"));
    assertThat(recordSchema.get("properties").propertyNames())
        .containsExactlyInAnyOrderElementsOf(JSON.valueToTree(new Odd(0)).propertyNames())
        .containsExactlyInAnyOrder("a", "foo", "_bar", "ok", "URL");
    JsonNode classSchema =
        JSON.readTree(
            outputSchema(
                "Plain",
                "  public static class Plain {",
                "    public int getx() { return 1; }",
                "    public int getY() { return 2; }",
                "  }"));
    assertThat(classSchema.get("properties").propertyNames())
        .containsExactlyInAnyOrderElementsOf(JSON.valueToTree(new Plain()).propertyNames())
        .containsExactly("y");
  }

  @Test
  void aClassUsedBothWaysIsReadBySettersAsAParameterAndByGettersAsAResult() {
    JsonNode tool =
        resourceWithParameter(
            "  public static class Profile {",
            "    private String name;",
            "    public String getName() { return name; }",
            "    public void setName(String name) { this.name = name; }",
            "    public int getScore() { return 1; }",
            "  }");
    assertThat(tool.at("/schema/$defs/Profile/properties").propertyNames()).containsExactly("name");
    assertThat(tool.at("/outputSchema/properties").propertyNames()).containsExactly("name", "score");
  }

  private static JsonNode resourceWithParameter(String... declarations) {
    List<String> lines = new ArrayList<>();
    lines.add("package p;");
    lines.add("import io.toolwright.annotation.*;");
    lines.add("public class Shop {");
    lines.addAll(List.of(declarations));
    lines.add("  @Tool(description = \"Saves it.\", effect = Effect.WRITE)");
    lines.add("  public Profile save(Profile profile) { return profile; }");
    lines.add("}");
    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceLines("p.Shop", lines.toArray(String[]::new)));
    assertThat(compilation).succeededWithoutWarnings();
    return JSON.readTree(Compilations.resource(compilation, "META-INF/toolwright/p.Shop.json"))
        .get("tools")
        .get(0);
  }

  @Test
  void mapOfStringToValuesIsAnObject() {
    assertThat(outputSchema("Map<String, Integer>"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\","
                + "\"format\":\"int32\",\"minimum\":-2147483648,\"maximum\":2147483647}}");
  }

  @Test
  void constraintsAndEnumValuesAreNotPromisedOfAResult() {
    // Nothing checks a return value against them: the schema would promise what may not hold.
    assertThat(
            outputSchema(
                "Price",
                "  public record Price(@jakarta.validation.constraints.Positive BigDecimal amount,"
                    + " @io.toolwright.annotation.Enum({\"EUR\", \"USD\"}) String currency,"
                    + " Duration validFor, OffsetTime cutOff, Year year) {}"))
        .isEqualTo(
            "{"
                + DIALECT
                + "\"type\":\"object\",\"properties\":{"
                + "\"amount\":{\"type\":\"number\"},"
                + "\"currency\":{\"type\":\"string\"},"
                // As Jackson writes them: any Duration (PT-5M too), an OffsetTime without seconds
                // when they are zero, a Year as a number.
                + "\"validFor\":{\"type\":\"string\"},"
                + "\"cutOff\":{\"type\":\"string\"},"
                + "\"year\":{\"type\":\"integer\"}},"
                + "\"required\":[\"amount\",\"currency\",\"validFor\",\"cutOff\",\"year\"],"
                + "\"additionalProperties\":false}");
  }

  @Test
  void resultsThatAreNotAlwaysAnObjectHaveNone() {
    String item = "  public record Item(String sku) {}";
    String nullable = "  @Target(ElementType.TYPE_USE) @interface Nullable {}";
    for (String returnType :
        List.of(
            "void",
            "String",
            "int",
            "BigDecimal",
            "Instant",
            "List<Item>",
            "Item[]",
            "Optional<Item>",
            "@Nullable Item")) {
      assertThat(outputSchema(returnType, item, nullable)).as(returnType).isNull();
    }
  }

  @Test
  void typesTheReaderCannotDescribeHaveNoneAndNoDiagnostic() {
    assertThat(outputSchema("Object")).isNull();
    assertThat(outputSchema("Map<Integer, String>")).isNull();
    assertThat(outputSchema("Shape", "  public interface Shape {}")).isNull();
    assertThat(outputSchema("Box", "  public record Box(Object content) {}")).isNull();
    assertThat(outputSchema("Box", "  public record Box(List<? extends Number> sizes) {}")).isNull();
    assertThat(outputSchema("Box", "  public record Box(byte[] bytes) {}")).isNull();
    assertThat(outputSchema("Box", "  public record Box(Optional<Optional<String>> value) {}"))
        .isNull();
    assertThat(outputSchema("Box", "  private record Box(String value) {}")).isNull();
    assertThat(outputSchema("Empty", "  public static class Empty {}")).isNull();
    assertThat(
            outputSchema(
                "Nodes",
                "  public static class Nodes implements Iterable<String> {",
                "    public Iterator<String> iterator() { return List.<String>of().iterator(); }",
                "    public int getSize() { return 0; }",
                "  }"))
        .isNull();
  }

  @Test
  void typesWithJacksonAnnotationsHaveNone() {
    // They may rename, hide, unwrap or replace what is written.
    assertThat(
            outputSchema(
                "Box",
                "  public record Box(@com.fasterxml.jackson.annotation.JsonProperty(\"v\")"
                    + " String value) {}"))
        .isNull();
    assertThat(
            outputSchema(
                "Box",
                "  @com.fasterxml.jackson.annotation.JsonInclude("
                    + "com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)",
                "  public record Box(String value) {}"))
        .isNull();
    assertThat(
            outputSchema(
                "Box",
                "  public enum Size { S, M; @com.fasterxml.jackson.annotation.JsonValue"
                    + " public String code() { return name().toLowerCase(); } }",
                "  public record Box(Size size) {}"))
        .isNull();
  }

  @Test
  void undocumentedResultTypesAreNotLinted() {
    Compilation compilation =
        javac()
            .withProcessors(new ToolProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(
                JavaFileObjects.forSourceLines(
                    "p.Shop",
                    "package p;",
                    "import io.toolwright.annotation.*;",
                    "public class Shop {",
                    "  public record Item(String sku) {}",
                    "  /** Returns the catalogue item with the given number. */",
                    "  @Tool(effect = Effect.READ_ONLY)",
                    "  public Item getItem() { return new Item(\"s\"); }",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
