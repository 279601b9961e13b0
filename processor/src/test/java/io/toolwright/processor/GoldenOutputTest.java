package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
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
    "matrix/TreeNode.java"
  };

  static final String[] CONSTRAINTS = {
    "constraints/Constraints.java", "constraints/Booking.java", "constraints/Guest.java"
  };

  @Test
  void billingService() {
    Compilation compilation = Compilations.compile(Compilations.resources(BILLING));
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches(
        "billing/BillingServiceTools.java",
        Compilations.generatedSource(compilation, "billing.BillingServiceTools"));
    Golden.assertMatches(
        "billing/billing.BillingService.json",
        Compilations.resource(compilation, "META-INF/toolwright/billing.BillingService.json"));
  }

  @Test
  void typeMatrix() {
    Compilation compilation = Compilations.compile(Compilations.resources(MATRIX));
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches(
        "matrix/TypeMatrixTools.java",
        Compilations.generatedSource(compilation, "matrix.TypeMatrixTools"));
    Golden.assertMatches(
        "matrix/matrix.TypeMatrix.json",
        Compilations.resource(compilation, "META-INF/toolwright/matrix.TypeMatrix.json"));
  }

  @Test
  void constraints() {
    Compilation compilation = Compilations.compile(Compilations.resources(CONSTRAINTS));
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches(
        "constraints/ConstraintsTools.java",
        Compilations.generatedSource(compilation, "constraints.ConstraintsTools"));
    Golden.assertMatches(
        "constraints/constraints.Constraints.json",
        Compilations.resource(compilation, "META-INF/toolwright/constraints.Constraints.json"));
  }
}
