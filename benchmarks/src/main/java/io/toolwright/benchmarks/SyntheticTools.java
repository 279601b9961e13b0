package io.toolwright.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small {@code @Tool} classes for {@link JavacBenchmark}, comparable to BFCL's functions mapped to
 * Java (about 27 source lines each): one static tool per class with a Javadoc description, two to
 * five documented parameters cycling through the kinds BFCL uses (text, whole and decimal numbers,
 * flags, lists of text, optional text, a bounded number), returning text.
 */
final class SyntheticTools {

  private SyntheticTools() {}

  /** A parameter kind: its Java declaration, given the parameter's name. */
  private record Kind(String declaration, String doc) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("String %s", "the %s to look up, as the user wrote it"),
          new Kind("int %s", "how many %s to return"),
          new Kind("double %s", "the %s in the unit the user gave"),
          new Kind("boolean %s", "whether to include %s"),
          new Kind("List<String> %s", "the %s to consider, in order"),
          new Kind("Optional<String> %s", "the %s, when the user gave one"),
          new Kind("@Min(1) @Max(100) int %s", "the %s, from 1 to 100"));

  private static final List<String> NOUNS =
      List.of("city", "items", "amount", "details", "tags", "region", "limit", "unit", "query");

  /** {@code count} classes in {@code packageName}, by qualified name. */
  static Map<String, String> sources(String packageName, int count) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String className = String.format("Tool%04d", i);
      sources.put(packageName + "." + className, source(packageName, className, i));
    }
    return sources;
  }

  private static String source(String packageName, String className, int index) {
    int parameters = 2 + index % 4;
    StringBuilder doc = new StringBuilder();
    StringBuilder declarations = new StringBuilder();
    StringBuilder body = new StringBuilder("\"\"");
    for (int p = 0; p < parameters; p++) {
      Kind kind = KINDS.get((index + p) % KINDS.size());
      String name = NOUNS.get((index * 3 + p) % NOUNS.size()) + p;
      doc.append("   * @param ").append(name).append(' ').append(kind.doc().formatted(name)).append('\n');
      if (p > 0) {
        declarations.append(",\n      ");
      }
      declarations.append(kind.declaration().formatted(name));
      body.append(" + ").append(name);
    }
    String tool = "operation_" + index;
    return """
        package %1$s;

        import io.toolwright.annotation.Tool;
        import jakarta.validation.constraints.Max;
        import jakarta.validation.constraints.Min;
        import java.util.List;
        import java.util.Optional;

        /** Tools of service number %2$d. */
        public final class %3$s {

          private %3$s() {}

          /**
           * Performs operation %2$d on the user's data and returns what it found.
           *
        %4$s   * @return a short summary for the user
           */
          @Tool(name = "%5$s")
          public static String run%2$d(
              %6$s) {
            return %7$s;
          }
        }
        """
        .formatted(packageName, index, className, doc, tool, declarations, body);
  }
}
