package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.toolwright.Dialect;
import io.toolwright.RenderedTools;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolSet;
import io.toolwright.schema.BuildRenderings;
import io.toolwright.schema.dialect.DialectRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build's renderings ({@code META-INF/toolwright/<class>.renderings}) that the registry sends
 * instead of rendering at run time: for every tool of every golden fixture, in every dialect, they
 * are byte for byte what the run-time renderer makes of the generated definition, and the registry
 * serves them only for the exact definition they were computed from.
 */
class BuildRenderingsTest {

  private static final String SERVICE = "billing.BillingService";

  @TestFactory
  Stream<DynamicTest> everyRecordedRenderingIsTheRunTimeRendering() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      for (ToolSet set : GoldenFixtures.sets(name)) {
        tests.add(DynamicTest.dynamicTest(set.source(), () -> recordedAsRendered(set)));
      }
    }
    assertThat(tests).as("tool sets of the golden fixtures").isNotEmpty();
    return tests.stream();
  }

  private static void recordedAsRendered(ToolSet set) {
    BuildRenderings build = BuildRenderings.read(loader(set), set.source());
    assertThat(build).as("the build's renderings of %s", set.source()).isNotNull();
    for (ToolDefinition tool : set.definitions()) {
      assertThat(build.records(tool)).as(tool.name()).isTrue();
      for (Dialect dialect : Dialect.values()) {
        assertThat(build.rendering(tool, dialect))
            .as("%s in %s", tool.name(), dialect.key())
            .isEqualTo(DialectRenderer.render(dialect, tool).json());
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> theRegistrySendsWhatItWouldRenderInEveryDialect() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : GoldenFixtures.names()) {
      tests.add(DynamicTest.dynamicTest(name, () -> sameAsRunTime(GoldenFixtures.sets(name))));
    }
    return tests.stream();
  }

  /**
   * The registry over the generated sets against one over the same bindings under sources that have
   * no build record, which renders every tool at run time.
   */
  private static void sameAsRunTime(List<ToolSet> sets) {
    ToolRegistry built = ToolRegistry.of(sets.toArray(ToolSet[]::new));
    ToolRegistry runTime =
        ToolRegistry.of(
            sets.stream()
                .map(set -> ToolSet.of(set.source() + ".unrecorded", set.bindings(), set.retired()))
                .toArray(ToolSet[]::new));
    for (Dialect dialect : Dialect.values()) {
      Object expected = renderedOrRefusal(runTime, dialect);
      Object actual = renderedOrRefusal(built, dialect);
      if (expected instanceof RenderedTools tools) {
        assertThat(actual).as(dialect.key()).isInstanceOf(RenderedTools.class);
        RenderedTools sent = (RenderedTools) actual;
        assertThat(sent.json()).as(dialect.key()).isEqualTo(tools.json());
        assertThat(sent.tools()).as(dialect.key()).isEqualTo(tools.tools());
        assertThat(sent.relaxed()).as(dialect.key()).isEqualTo(tools.relaxed());
      } else {
        assertThat(actual).as(dialect.key()).isEqualTo(expected);
      }
    }
  }

  private static Object renderedOrRefusal(ToolRegistry registry, Dialect dialect) {
    try {
      return registry.definitions(dialect);
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Test
  void aRecordedRenderingIsWhatIsSent() {
    // Proves the path: a record whose key matches is sent as it stands, even doctored.
    String path = BuildRenderings.path(SERVICE);
    String record = Compilations.resource(billing(), path);
    String doctored = record.replace("Finds the customer's invoices", "DOCTORED invoices");
    assertThat(doctored).isNotEqualTo(record);

    ToolRegistry registry = registryOf(billing(), Map.of(path, doctored));

    assertThat(registry.definitions(Dialect.OPENAI_CHAT).json()).contains("DOCTORED invoices");
  }

  @Test
  void aRecordOfAnotherDefinitionIsNotSent() {
    // A stale record: the tool's key no longer matches its definition, so it is rendered anew.
    String path = BuildRenderings.path(SERVICE);
    String record = Compilations.resource(billing(), path);
    String stale =
        record
            .replace("Finds the customer's invoices", "DOCTORED invoices")
            .replaceAll("(?m)^(tool\\t[^\\t]+\\t)[0-9a-f]{16}$", "$10123456789abcdef");

    ToolRegistry registry = registryOf(billing(), Map.of(path, stale));

    String sent = registry.definitions(Dialect.OPENAI_CHAT).json();
    assertThat(sent).doesNotContain("DOCTORED").contains("Finds the customer's invoices");
    assertThat(sent).isEqualTo(registryOf(billing(), Map.of()).definitions(Dialect.OPENAI_CHAT).json());
  }

  @Test
  void aRecordInAnotherFormIsIgnored() {
    String path = BuildRenderings.path(SERVICE);
    ToolRegistry registry = registryOf(billing(), Map.of(path, "toolwright-renderings 99\n"));

    assertThat(registry.definitions(Dialect.OPENAI_CHAT).json())
        .contains("Finds the customer's invoices");
  }

  private static Compilation billing() {
    Compilation compilation = Compilations.compile(Compilations.resources(GoldenOutputTest.BILLING));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    return compilation;
  }

  private static ToolRegistry registryOf(Compilation compilation, Map<String, String> replaced) {
    CompiledClasses classes = new CompiledClasses(compilation, replaced);
    try {
      Class<?> target = classes.loadClass(SERVICE);
      Object instance = target.getConstructor().newInstance();
      ToolSet set =
          (ToolSet)
              classes.loadClass(SERVICE + "Tools").getMethod("bind", target).invoke(null, instance);
      return ToolRegistry.of(set);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static ClassLoader loader(ToolSet set) {
    return set.bindings().get(0).invoker().getClass().getClassLoader();
  }
}
