package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.toolwright.Dialect;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code -Atoolwright.dialects} and {@code provider-rejects}: a dialect the build selects fails it
 * at the element its rule is about; every tool is still rendered in every dialect that accepts it.
 */
class ProviderRejectsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A map parameter, a record with a map component, and a recursive record. */
  private static final JavaFileObject CATALOG =
      JavaFileObjects.forSourceLines(
          "p.Catalog",
          "package p;",
          "import io.toolwright.annotation.Effect;",
          "import io.toolwright.annotation.Tool;",
          "import java.util.List;",
          "import java.util.Map;",
          "public class Catalog {",
          "  /**",
          "   * @param sku the product",
          "   * @param attributes free-form attributes by name",
          "   */",
          "  public record Product(String sku, Map<String, String> attributes) {}",
          "  /**",
          "   * @param name the category's name",
          "   * @param children its subcategories",
          "   */",
          "  public record Category(String name, List<Category> children) {}",
          "  /**",
          "   * Tags products.",
          "   *",
          "   * @param sku the product",
          "   * @param tags tag name to value",
          "   */",
          "  @Tool public void tagProduct(String sku,",
          "      Map<String, Integer> tags) {}",
          "  /**",
          "   * Adds a product.",
          "   *",
          "   * @param product the product",
          "   */",
          "  @Tool public void addProduct(Product product) {}",
          "  /**",
          "   * Replaces the category tree.",
          "   *",
          "   * @param root the top category",
          "   */",
          "  @Tool(effect = Effect.DESTRUCTIVE) public void replaceTree(Category root) {}",
          "}");

  private static Compilation compile(String... options) {
    List<String> all = new ArrayList<>(Compilations.OPTIONS);
    all.addAll(List.of(options));
    return javac().withProcessors(new ToolProcessor()).withOptions(all).compile(CATALOG);
  }

  @Test
  void theDefaultDialectsAcceptMapsAndRecursionAndEveryToolIsRenderedWhereItCanBe()
      throws Exception {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode resource =
        JSON.readTree(
            Compilations.resource(compilation, "META-INF/toolwright/p.Catalog.json"));
    JsonNode tag = resource.get("tools").get(0);
    assertThat(tag.get("name").asString()).isEqualTo("tag_product");
    for (Dialect dialect : List.of(Dialect.OPENAI_CHAT, Dialect.ANTHROPIC, Dialect.MCP)) {
      assertThat(tag.get("renderings").has(dialect.key())).as(dialect.key()).isTrue();
    }
    // Not selected, so not an error; recorded with its reason instead of a rendering.
    assertThat(tag.get("renderings").has("openai-chat-strict")).isFalse();
    JsonNode problem = tag.get("rejected").get("openai-chat-strict").get(0);
    assertThat(problem.get("pointer").asString()).isEqualTo("/properties/tags");
    assertThat(problem.get("fix").asString()).isNotBlank();
  }

  @Test
  void aSelectedStrictDialectRejectsAMapAtTheParameterAndAtTheRecordComponent() {
    Compilation compilation = compile("-Atoolwright.dialects=openai-chat-strict");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:provider-rejects] OpenAI Chat Completions (strict) would reject tool"
                + " tag_product")
        .inFile(CATALOG)
        .onLineContaining("Map<String, Integer> tags");
    assertThat(compilation)
        .hadErrorContaining(
            "[toolwright:provider-rejects] OpenAI Chat Completions (strict) would reject tool"
                + " add_product")
        .inFile(CATALOG)
        .onLineContaining("record Product(");
    assertThat(compilation).hadErrorContaining("Or leave openai-chat-strict out of -Atoolwright.dialects");
    // Exactly the two maps: the recursive tree is strict-compatible for OpenAI.
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void geminiParametersRejectARecursiveType() {
    Compilation compilation = compile("-Atoolwright.dialects=gemini");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[toolwright:provider-rejects] Gemini (parameters) would reject tool"
            + " replace_tree");
  }

  @Test
  void noneSelectsNothing() {
    assertThat(compile("-Atoolwright.dialects=none")).succeededWithoutWarnings();
  }
}
