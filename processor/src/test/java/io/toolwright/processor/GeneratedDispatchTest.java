package io.toolwright.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.toolwright.ArgumentProblem;
import io.toolwright.MissingContextException;
import io.toolwright.ToolContext;
import io.toolwright.ToolDefinition;
import io.toolwright.ToolSet;
import io.toolwright.annotation.Effect;
import io.toolwright.dispatch.ArgumentException;
import io.toolwright.dispatch.ConstraintException;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import io.toolwright.schema.CanonicalSchemaReader;
import io.toolwright.schema.CanonicalSchemaWriter;
import io.toolwright.schema.ToolFingerprint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the generated dispatchers: compiles the test sources with the processor, loads the classes
 * from the compilation and calls tools with JSON arguments. This is the end-to-end check of the
 * generated code, which the runtime module cannot make (it does not depend on the processor).
 */
class GeneratedDispatchTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ValidatorFactory validation;
  private static CompiledClasses billing;
  private static CompiledClasses matrix;

  @BeforeAll
  static void compile() {
    validation =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    billing = load(GoldenOutputTest.BILLING);
    matrix = load(GoldenOutputTest.MATRIX);
  }

  @AfterAll
  static void close() {
    validation.close();
  }

  private static CompiledClasses load(String... sources) {
    Compilation compilation = Compilations.compile(Compilations.resources(sources));
    assertThat(compilation).succeededWithoutWarnings();
    return new CompiledClasses(compilation);
  }

  @Test
  void readsArgumentsAndContextThenCallsTheMethod() throws Exception {
    Object service = newInstance(billing, "billing.BillingService");
    ToolSet tools = bind(billing, "billing.BillingServiceTools", service);
    assertThat(tools.source()).isEqualTo("billing.BillingService");
    assertThat(tools.definitions())
        .extracting(ToolDefinition::name)
        .containsExactly("find_invoices", "refund_invoice", "convert_currency", "get_invoice");

    ToolBinding find = tools.bindings().get(0);
    assertThat(find.contextNames()).containsExactly("customer");
    assertThat(find.definition().effect()).isEqualTo(Effect.READ_ONLY);
    PreparedCall call =
        find.invoker()
            .prepare(
                json("{\"query\":\"plan\",\"status\":\"PAID\",\"limit\":5}"),
                ToolContext.of("customer", "c-42"));
    assertThat(call.returnsVoid()).isFalse();
    // find_invoices's constraints are all checked by the generated code: nothing for Bean
    // Validation.
    assertThat(call.arguments()).isNull();
    assertThat(call.invoke().toString())
        .isEqualTo(
            "[Invoice[id=INV-1, status=OPEN, lines=[Line[label=Support plan, amount=12.50]]]]");
    assertThat(calls(service)).containsExactly("findInvoices plan Optional[PAID] 5 c-42");

    find.invoker()
        .prepare(
            json("{\"query\":\"x\",\"status\":null,\"limit\":1}"), ToolContext.of("customer", "c"))
        .invoke();
    assertThat(calls(service)).last().isEqualTo("findInvoices x Optional.empty 1 c");
  }

  @Test
  void aClassOfOneToolCallsItsMethodAndWritesItsResult() throws Exception {
    CompiledClasses single = load(GoldenOutputTest.SINGLE);
    Object forecasts = newInstance(single, "single.Forecasts");
    PreparedCall forecast =
        bind(single, "single.ForecastsTools", forecasts)
            .bindings()
            .get(0)
            .invoker()
            .prepare(json("{\"city\":\"Oslo\",\"days\":[\"mon\"]}"), ToolContext.of("customer", "c"));
    Object result = forecast.invoke();
    assertThat(result.toString()).isEqualTo("Forecast[city=Oslo, high=21]");
    StringWriter written = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(written)) {
      forecast.resultWriter().write(generator, result);
    }
    assertThat(written.toString()).isEqualTo("{\"city\":\"Oslo\",\"high\":21}");

    // The lone String[] reaches the method whole, not spread as the varargs of calling(...).
    ToolSet words =
        (ToolSet) single.loadClass("single.WordsTools").getMethod("bind").invoke(null);
    PreparedCall join =
        words.bindings().get(0).invoker().prepare(json("{\"words\":[\"a\",\"b\"]}"), ToolContext.empty());
    assertThat(join.resultWriter()).isNull();
    assertThat(join.invoke()).isEqualTo("a b");
  }

  @Test
  void voidMethodsRecordsAndStaticMethods() throws Exception {
    Object service = newInstance(billing, "billing.BillingService");
    ToolSet tools = bind(billing, "billing.BillingServiceTools", service);

    PreparedCall refund =
        tools
            .bindings()
            .get(1)
            .invoker()
            .prepare(
                json("{\"refund\":{\"invoiceId\":\"INV-7\",\"amount\":12.5,\"reason\":\"twice\"}}"),
                ToolContext.of("customer", "c-1"));
    assertThat(refund.returnsVoid()).isTrue();
    assertThat(refund.invoke()).isNull();
    assertThat(calls(service))
        .containsExactly("refund RefundRequest[invoiceId=INV-7, amount=12.5, reason=twice] c-1");

    PreparedCall convert =
        tools
            .bindings()
            .get(2)
            .invoker()
            .prepare(
                json("{\"amount\":1.25,\"from\":\"EUR\",\"to\":\"USD\"}"), ToolContext.empty());
    assertThat(convert.invoke().toString()).isEqualTo("2.50");
  }

  @Test
  void conversionFailuresNameThePointer() throws Exception {
    ToolSet tools =
        bind(
            billing, "billing.BillingServiceTools", newInstance(billing, "billing.BillingService"));
    assertThatThrownBy(
            () ->
                tools
                    .bindings()
                    .get(0)
                    .invoker()
                    .prepare(
                        json("{\"query\":\"q\",\"limit\":10000000000}"),
                        ToolContext.of("customer", "c")))
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> assertThat(e.problems()).extracting(p -> p.pointer()).containsExactly("/limit"));
    assertThatThrownBy(
            () ->
                tools
                    .bindings()
                    .get(0)
                    .invoker()
                    .prepare(
                        json("{\"query\":\"q\",\"status\":\"LOST\",\"limit\":1}"),
                        ToolContext.of("customer", "c")))
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).pointer()).isEqualTo("/status");
              assertThat(e.problems().get(0).expected()).isEqualTo("one of [OPEN, PAID, VOID]");
            });
    // A record's own invariant, checked in its compact constructor, is the model's to fix; the
    // ToolException's message is written for the model.
    assertThatThrownBy(
            () ->
                tools
                    .bindings()
                    .get(1)
                    .invoker()
                    .prepare(
                        json("{\"refund\":{\"invoiceId\":\"X-1\",\"amount\":1,\"reason\":\"r\"}}"),
                        ToolContext.of("customer", "c")))
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).pointer()).isEqualTo("/refund");
              assertThat(e.problems().get(0).expected())
                  .isEqualTo("invoice ids never start with X");
            });
    assertThatThrownBy(
            () ->
                tools
                    .bindings()
                    .get(1)
                    .invoker()
                    .prepare(
                        json("{\"refund\":{\"invoiceId\":\"I\",\"amount\":1,\"reason\":\"r\"}}"),
                        ToolContext.empty()))
        .isInstanceOf(MissingContextException.class);
  }

  @Test
  void beanValidationChecksCopiedAndNestedConstraints() throws Exception {
    ToolSet tools =
        bind(
            billing, "billing.BillingServiceTools", newInstance(billing, "billing.BillingService"));
    // A parameter's own constraints are checked by the generated code, all before it ends.
    assertThatThrownBy(
            () ->
                tools
                    .bindings()
                    .get(0)
                    .invoker()
                    .prepare(
                        json("{\"query\":\"" + "q".repeat(201) + "\",\"limit\":0}"),
                        ToolContext.of("customer", "c")))
        .isInstanceOfSatisfying(
            ConstraintException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(ArgumentProblem::pointer)
                  .containsExactly("/query", "/limit");
              assertThat(e.arguments()).isNull();
            });

    PreparedCall refund =
        tools
            .bindings()
            .get(1)
            .invoker()
            .prepare(
                json("{\"refund\":{\"invoiceId\":\" \",\"amount\":0,\"reason\":\"r\"}}"),
                ToolContext.of("customer", "c"));
    assertThat(validate(refund)).containsExactlyInAnyOrder("refund.invoiceId", "refund.amount");
  }

  @Test
  void everyTypeOfTheMatrixReachesTheMethod() throws Exception {
    ToolSet tools =
        bind(matrix, "matrix.TypeMatrixTools", newInstance(matrix, "matrix.TypeMatrix"));
    assertThat(
            run(
                tools,
                "scalars",
                "{\"flag\":true,\"boxedFlag\":false,\"smallest\":-128,\"boxedByte\":127,"
                    + "\"small\":-3,\"boxedShort\":4,\"number\":5,\"boxedInt\":6,\"big\":7,"
                    + "\"boxedLong\":8,\"ratio\":1.5,\"boxedFloat\":2.5,\"precise\":3.25,"
                    + "\"boxedDouble\":4.75,\"letter\":\"a\",\"boxedChar\":\"b\",\"text\":\"t\","
                    + "\"decimal\":0.1,\"integer\":12345678901234567890,"
                    + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"link\":\"https://x.io/a\"}"))
        .isEqualTo(
            "[true, false, -128, 127, -3, 4, 5, 6, 7, 8, 1.5, 2.5, 3.25, 4.75, a, b, t, 0.1,"
                + " 12345678901234567890, 123e4567-e89b-12d3-a456-426614174000, https://x.io/a]");
    assertThat(
            run(
                tools,
                "times",
                "{\"instant\":\"2025-01-31T09:30:00Z\",\"offsetDateTime\":\"2025-01-31T09:30:00+01:00\","
                    + "\"zonedDateTime\":\"2025-01-31T09:30:00+01:00\",\"date\":\"2025-01-31\","
                    + "\"localDateTime\":\"2025-01-31T09:30\",\"localTime\":\"09:30:15\","
                    + "\"offsetTime\":\"09:30:00+01:00\",\"duration\":\"PT15M\",\"period\":\"P1Y2M\","
                    + "\"year\":\"2025\",\"yearMonth\":\"2025-01\"}"))
        .isEqualTo(
            "[2025-01-31T09:30:00Z, 2025-01-31T09:30+01:00, 2025-01-31T09:30+01:00, 2025-01-31,"
                + " 2025-01-31T09:30, 09:30:15, 09:30+01:00, PT15M, P1Y2M, 2025, 2025-01]");
    assertThat(
            run(
                tools,
                "enums",
                "{\"status\":\"OPEN\",\"undocumented\":\"DONE\",\"priority\":\"high\","
                    + "\"maybeLetter\":\"b\",\"statuses\":[\"ACTIVE\",\"DONE\"]}"))
        .isEqualTo("[OPEN, DONE, high, Optional.empty, Optional[b], [ACTIVE, DONE]]");
    assertThat(
            run(
                tools,
                "optionals",
                "{\"maybeText\":\"m\",\"nullableText\":null,\"nullableNumber\":3,"
                    + "\"maybeAddress\":{\"street\":\"s\",\"city\":\"c\",\"postcode\":null,\"region\":\"r\"}}"))
        .isEqualTo(
            "[Optional[m], null, null, 3, Optional[Address[street=s, city=c,"
                + " postcode=Optional.empty, region=r]], null, Optional.empty]");
    assertThat(
            run(
                tools,
                "collections",
                "{\"array\":[\"a\"],\"ints\":[1,2],\"longs\":[3],\"doubles\":[0.5],\"booleans\":[true],"
                    + "\"list\":[\"l\"],\"set\":[1,2],\"collection\":[\"123e4567-e89b-12d3-a456-426614174000\"],"
                    + "\"map\":{\"k\":9},\"nestedMap\":{\"home\":[{\"street\":\"s\",\"city\":\"c\"}]},"
                    + "\"nested\":[[\"x\",\"y\"],[]],\"addresses\":[],\"statuses\":[\"OPEN\"],\"rest\":[\"r\"]}"))
        .isEqualTo(
            "[[a], [1, 2], [3], [0.5], [true], [l], [1, 2], [123e4567-e89b-12d3-a456-426614174000],"
                + " {k=9}, {home=[Address[street=s, city=c, postcode=Optional.empty,"
                + " region=null]]}, [[x, y], []], [], [OPEN], [r]]");
    assertThat(
            run(
                tools,
                "objects",
                "{\"address\":{\"street\":\"s\",\"city\":\"c\"},\"otherAddress\":{\"planet\":\"Mars\"},"
                    + "\"customer\":{\"name\":\"Ada\",\"age\":36,\"tags\":[\"t\"],\"status\":\"ACTIVE\",\"vip\":false},"
                    + "\"addressPage\":{\"items\":[],\"total\":0},"
                    + "\"customerPage\":{\"items\":[{\"name\":\"B\",\"age\":1,\"nickname\":\"b\",\"tags\":[],\"status\":\"DONE\",\"vip\":true}],\"total\":1},"
                    + "\"pair\":{\"left\":\"l\",\"right\":\"OPEN\"},"
                    + "\"tree\":{\"label\":\"root\",\"children\":[{\"label\":\"leaf\",\"children\":[]}]}}"))
        .isEqualTo(
            "[Address[street=s, city=c, postcode=Optional.empty, region=null],"
                + " Address[planet=Mars], Customer[Ada, 36, null, [t], ACTIVE], Page[items=[],"
                + " total=0], Page[items=[Customer[B, 1, b, [vip], DONE]], total=1], Pair[left=l,"
                + " right=OPEN], TreeNode[label=root, children=[TreeNode[label=leaf,"
                + " children=[]]]]]");
    assertThatThrownBy(
            () ->
                run(
                    tools,
                    "objects",
                    "{\"tree\":{\"label\":\"root\",\"children\":[{\"label\":1}]}}"))
        .isInstanceOf(ArgumentException.class);
  }

  @Test
  void nestedPointers() throws Exception {
    ToolSet tools =
        bind(matrix, "matrix.TypeMatrixTools", newInstance(matrix, "matrix.TypeMatrix"));
    ObjectNode args =
        json(
            "{\"address\":{\"street\":\"s\",\"city\":\"c\"},\"otherAddress\":{\"planet\":\"p\"},"
                + "\"customer\":{\"name\":\"A\",\"age\":1,\"tags\":[],\"status\":\"OPEN\",\"vip\":false},"
                + "\"addressPage\":{\"items\":[],\"total\":0},"
                + "\"customerPage\":{\"items\":[],\"total\":0},"
                + "\"pair\":{\"left\":\"l\",\"right\":\"OPEN\"},"
                + "\"tree\":{\"label\":\"root\",\"children\":[{\"label\":\"a\",\"children\":[{\"label\":5,\"children\":[]}]}]}}");
    assertThatThrownBy(() -> binding(tools, "objects").invoker().prepare(args, ToolContext.empty()))
        .isInstanceOfSatisfying(
            ArgumentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer())
                    .containsExactly("/tree/children/0/children/0/label"));
  }

  /** The resource and the generated constants describe the same schemas, to the byte. */
  @Test
  void resourceMatchesTheGeneratedDefinitions() throws Exception {
    Compilation compilation = Compilations.compile(Compilations.resources(GoldenOutputTest.MATRIX));
    CompiledClasses classes = new CompiledClasses(compilation);
    @SuppressWarnings("unchecked")
    List<ToolDefinition> definitions =
        (List<ToolDefinition>)
            classes.loadClass("matrix.TypeMatrixTools").getMethod("definitions").invoke(null);
    JsonMapper exact =
        JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    JsonNode resource =
        exact.readTree(
            Compilations.resource(compilation, "META-INF/toolwright/matrix.TypeMatrix.json"));
    assertThat(resource.get("tools").size()).isEqualTo(definitions.size());
    int withOutputSchema = 0;
    for (int i = 0; i < definitions.size(); i++) {
      ToolDefinition definition = definitions.get(i);
      JsonNode tool = resource.get("tools").get(i);
      assertThat(tool.get("name").asString()).isEqualTo(definition.name());
      assertThat(tool.get("fingerprint").asString()).isEqualTo(definition.fingerprint());
      String compact = exact.writeValueAsString(tool.get("schema"));
      assertThat(CanonicalSchemaWriter.write(CanonicalSchemaReader.read(compact)))
          .isEqualTo(definition.canonicalSchema());
      JsonNode output = tool.get("outputSchema");
      assertThat(definition.canonicalOutputSchema().isPresent())
          .as("%s has an output schema in the resource and the definition, or in neither",
              definition.name())
          .isEqualTo(output != null);
      if (output != null) {
        assertThat(
                CanonicalSchemaWriter.write(
                    CanonicalSchemaReader.read(exact.writeValueAsString(output))))
            .isEqualTo(definition.canonicalOutputSchema().orElseThrow());
        withOutputSchema++;
      }
      assertThat(
              ToolFingerprint.of(
                  definition.name(),
                  definition.description(),
                  definition.effect(),
                  definition.idempotent(),
                  definition.canonicalSchema(),
                  definition.canonicalOutputSchema().orElse(null),
                  List.of()))
          .isEqualTo(definition.fingerprint());
    }
    // The processor's fingerprint (in the resource) covers the output schema as the runtime's does.
    assertThat(withOutputSchema).isEqualTo(5);
  }

  private static String run(ToolSet tools, String name, String arguments) throws Exception {
    return (String)
        binding(tools, name).invoker().prepare(json(arguments), ToolContext.empty()).invoke();
  }

  private static ToolBinding binding(ToolSet tools, String name) {
    return tools.bindings().stream()
        .filter(b -> b.definition().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> validate(PreparedCall call) {
    Validator validator = validation.getValidator();
    Set<ConstraintViolation<Object>> violations = validator.validate(call.arguments());
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  private static ObjectNode json(String text) {
    return (ObjectNode) JSON.readTree(text);
  }

  private static Object newInstance(CompiledClasses classes, String name) throws Exception {
    return classes.loadClass(name).getConstructor().newInstance();
  }

  private static ToolSet bind(CompiledClasses classes, String toolsClass, Object target)
      throws Exception {
    return (ToolSet)
        classes.loadClass(toolsClass).getMethod("bind", target.getClass()).invoke(null, target);
  }

  @SuppressWarnings("unchecked")
  private static List<String> calls(Object service) throws Exception {
    return (List<String>) service.getClass().getField("calls").get(service);
  }
}
