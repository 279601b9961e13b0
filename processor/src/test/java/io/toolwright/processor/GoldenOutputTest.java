package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.toolwright.processor.writing.ProcessorVersion;
import org.junit.jupiter.api.Test;

/** The generated sources and resources, compared with golden files. */
class GoldenOutputTest {

  static final String[] BILLING = {
    "billing/BillingService.java",
    "billing/Invoice.java",
    "billing/Line.java",
    "billing/InvoiceStatus.java",
    "billing/RefundRequest.java"
  };

  static final String[] MATRIX = {
    "matrix/TypeMatrix.java",
    "matrix/Status.java",
    "matrix/Nullable.java",
    "matrix/other/Nullable.java",
    "matrix/other/Address.java",
    "matrix/Address.java",
    "matrix/Customer.java",
    "matrix/Page.java",
    "matrix/Pair.java",
    "matrix/TreeNode.java",
    "matrix/TimesResult.java",
    "matrix/OptionalsResult.java",
    "matrix/CollectionsResult.java",
    "matrix/ObjectsResult.java"
  };

  static final String[] CONSTRAINTS = {
    "constraints/Constraints.java",
    "constraints/Booking.java",
    "constraints/Guest.java",
    "constraints/Nullable.java"
  };

  static final String[] SINGLE = {
    "single/Forecasts.java", "single/Forecast.java", "single/Words.java"
  };

  @Test
  void oneInstanceTool() {
    assertGolden("single", "Forecasts", SINGLE);
  }

  @Test
  void oneStaticToolTakingAnArray() {
    assertGolden("single", "Words", SINGLE);
  }

  @Test
  void billingService() {
    assertGolden("billing", "BillingService", BILLING);
  }

  @Test
  void typeMatrix() {
    assertGolden("matrix", "TypeMatrix", MATRIX);
  }

  @Test
  void constraints() {
    assertGolden("constraints", "Constraints", CONSTRAINTS);
  }

  /**
   * Compiles the sources without a warning and compares the generated {@code <Class>Tools} source
   * and the {@code META-INF/toolwright} resource of {@code packageName.className} with their golden
   * files under {@code golden/<packageName>/}.
   */
  private static void assertGolden(String packageName, String className, String[] sources) {
    Compilation compilation = Compilations.compile(Compilations.resources(sources));
    assertThat(compilation).succeededWithoutWarnings();
    String qualified = packageName + "." + className;
    // The processor's version changes with every release; the goldens must not.
    String source =
        Compilations.generatedSource(compilation, qualified + "Tools")
            .replace("\"" + ProcessorVersion.get() + "\"", "\"<processor version>\"");
    Golden.assertMatches(packageName + "/" + className + "Tools.java", source);
    Golden.assertMatches(
        packageName + "/" + qualified + ".json",
        Compilations.resource(compilation, "META-INF/toolwright/" + qualified + ".json"));
  }
}
