package io.toolwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated result writers write the bytes the registry's default mapper writes: every {@code
 * write<Record>} method generated for the golden fixtures and for the sample app is given values
 * across the edges of each component's type (nulls, empty and absent containers, escapes, U+2028,
 * lone surrogates, {@code 1E+3}, {@code -0.0}, NaN, every enum constant, java.time extremes), and
 * its output compared byte for byte with {@code JsonMapper.builder().build()}'s.
 */
class ResultWriterBytesTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "sources");
  private static final Path SAMPLE = Path.of("../sample-app/src/main/java/io/toolwright/sample");

  /** How many values each writer is given; enough for every edge of the longest list below. */
  private static final int VARIANTS = 24;

  /** Deeper than this, a record is null and a container empty: tree nodes end. */
  private static final int DEEPEST = 3;

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private static final Map<Class<?>, List<Object>> EDGES = edges();

  @TestFactory
  Stream<DynamicTest> generatedWritersWriteWhatTheMapperWrites() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String fixture : GoldenFixtures.names()) {
      tests.addAll(writerTests(fixture, sources(FIXTURES.resolve(fixture), true)));
    }
    // The desk package only: sample/mcp is a subpackage that needs the MCP module.
    tests.addAll(writerTests("sample-app", sources(SAMPLE, false)));
    assertThat(tests.stream().map(DynamicTest::getDisplayName))
        .as("generated writers")
        .contains(
            "billing.writeInvoice",
            "matrix.writeTimesResult",
            "matrix.writeOptionalsResult",
            "sample-app.writeBalance",
            "sample-app.writeInvoicePage");
    return tests.stream();
  }

  private static List<DynamicTest> writerTests(String name, List<JavaFileObject> sources) {
    Compilation compilation = Compilations.compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation.status()).as("%s compiles", name).isEqualTo(Compilation.Status.SUCCESS);
    CompiledClasses classes = new CompiledClasses(compilation);
    List<DynamicTest> tests = new ArrayList<>();
    for (JavaFileObject generated : compilation.generatedSourceFiles()) {
      String path = generated.toUri().getPath();
      String qualified =
          path.substring(path.indexOf("/SOURCE_OUTPUT/") + 15, path.length() - 5).replace('/', '.');
      if (!qualified.endsWith("Tools")) {
        continue;
      }
      Class<?> tools;
      try {
        tools = classes.loadClass(qualified);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      for (Method method : tools.getDeclaredMethods()) {
        if (method.getName().startsWith("write")
            && Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 2
            && method.getParameterTypes()[0] == JsonGenerator.class) {
          tests.add(DynamicTest.dynamicTest(name + "." + method.getName(), () -> agrees(method)));
        }
      }
    }
    return tests;
  }

  private static void agrees(Method writer) throws Exception {
    writer.setAccessible(true);
    Type type = writer.getGenericParameterTypes()[1];
    for (int variant = 0; variant < VARIANTS; variant++) {
      Object value = value(type, variant, 0);
      String expected = new String(MAPPER.writeValueAsBytes(value), StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        writer.invoke(null, json, value);
      }
      assertThat(out.toString(StandardCharsets.UTF_8))
          .as("%s, variant %d", writer.getName(), variant)
          .isEqualTo(expected);
    }
  }

  /** A value of {@code type}: the variant picks among the edges, differently at each place. */
  private static Object value(Type type, int variant, int depth) throws Exception {
    Class<?> raw = raw(type);
    if (raw.isPrimitive()) {
      return pick(EDGES.get(raw), variant);
    }
    if (depth > DEEPEST && !EDGES.containsKey(raw) && !raw.isEnum()) {
      return emptyOrNull(raw);
    }
    // Every fourth value of a reference type is null, the rest the edges in turn.
    if (variant % 4 == 3 && depth > 0) {
      return null;
    }
    if (EDGES.containsKey(raw)) {
      return pick(EDGES.get(raw), variant);
    }
    if (raw.isEnum()) {
      return pick(List.of(raw.getEnumConstants()), variant);
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        // Each component a different edge, so that one value mixes many.
        values[i] = value(components[i].getGenericType(), variant + i, depth + 1);
      }
      var constructor = raw.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      try {
        return constructor.newInstance(values);
      } catch (java.lang.reflect.InvocationTargetException refused) {
        // A compact constructor refusing an edge (List.copyOf of null): try the next variant.
        return value(type, variant + 1, depth);
      }
    }
    if (raw == Optional.class) {
      return variant % 3 == 0 ? Optional.empty() : Optional.ofNullable(value(argument(type, 0), variant, depth + 1));
    }
    int size = variant % 3; // empty, one, two
    if (raw.isArray()) {
      Class<?> component = raw.getComponentType();
      Object array = Array.newInstance(component, size);
      for (int i = 0; i < size; i++) {
        Object item = value(component, variant + i + 1, depth + 1);
        if (item != null || !component.isPrimitive()) {
          Array.set(array, i, item);
        }
      }
      return array;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < size; i++) {
        items.add(value(argument(type, 0), variant + i + 1, depth + 1));
      }
      return items;
    }
    if (raw == Map.class) {
      Map<String, Object> entries = new LinkedHashMap<>();
      List<Object> keys = EDGES.get(String.class);
      for (int i = 0; i < size; i++) {
        Object key = pick(keys, variant + i);
        entries.put(key == null ? "null key" : (String) key, value(argument(type, 1), variant + i + 1, depth + 1));
      }
      return entries;
    }
    throw new AssertionError("no values for " + type);
  }

  private static Object emptyOrNull(Class<?> raw) {
    if (raw == Optional.class) {
      return Optional.empty();
    }
    if (raw == List.class || raw == Collection.class) {
      return List.of();
    }
    if (raw == Set.class) {
      return Set.of();
    }
    if (raw == Map.class) {
      return Map.of();
    }
    return null;
  }

  private static Object pick(List<Object> values, int variant) {
    return values.get(Math.floorMod(variant, values.size()));
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) type;
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static Map<Class<?>, List<Object>> edges() {
    Map<Class<?>, List<Object>> edges = new LinkedHashMap<>();
    edges.put(boolean.class, List.of(true, false));
    edges.put(Boolean.class, List.of(true, false));
    edges.put(byte.class, List.of(Byte.MIN_VALUE, (byte) 0, Byte.MAX_VALUE));
    edges.put(Byte.class, List.of(Byte.MIN_VALUE, (byte) 0, Byte.MAX_VALUE));
    edges.put(short.class, List.of(Short.MIN_VALUE, (short) 7, Short.MAX_VALUE));
    edges.put(Short.class, List.of(Short.MIN_VALUE, (short) 7, Short.MAX_VALUE));
    edges.put(int.class, List.of(Integer.MIN_VALUE, 0, -1, Integer.MAX_VALUE));
    edges.put(Integer.class, List.of(Integer.MIN_VALUE, 0, -1, Integer.MAX_VALUE));
    edges.put(long.class, List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE, 9007199254740993L));
    edges.put(Long.class, List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE, 9007199254740993L));
    List<Object> floats =
        List.of(0.1f, -0.0f, Float.MAX_VALUE, Float.MIN_VALUE, Float.NaN, Float.POSITIVE_INFINITY, 1e10f);
    edges.put(float.class, floats);
    edges.put(Float.class, floats);
    List<Object> doubles =
        List.of(0.1, -0.0, 1e300, -1e-300, Double.MIN_VALUE, Double.NaN, Double.NEGATIVE_INFINITY, 1e7, 100.0);
    edges.put(double.class, doubles);
    edges.put(Double.class, doubles);
    List<Object> chars = List.of('a', '"', '\u2028', '\ud800', '\u0000', 'é');
    edges.put(char.class, chars);
    edges.put(Character.class, chars);
    edges.put(
        String.class,
        List.of(
            "", "plain", "quote \" back \\ slash / </script>", "\u2028\u2029", "ctl \t\n\u0001",
            "lone \ud800 high", "lone \udc00 low", "pair \ud83d\ude00", "é中"));
    edges.put(
        BigDecimal.class,
        List.of(
            new BigDecimal("1E+3"), new BigDecimal("0.00"), new BigDecimal("-0"),
            new BigDecimal("-0.0"), new BigDecimal("123456789012345678901234567890.123"),
            new BigDecimal("1E-20")));
    edges.put(
        BigInteger.class,
        List.of(BigInteger.ZERO, BigInteger.TWO.pow(200), BigInteger.TWO.pow(100).negate()));
    edges.put(UUID.class, List.of(new UUID(0, 0), UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
    edges.put(URI.class, List.of(URI.create("https://a.example/b%20c?q=é#f"), URI.create("urn:x")));
    edges.put(
        Instant.class,
        List.of(Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.parse("2025-01-01T10:15:30.5Z")));
    OffsetDateTime odt = OffsetDateTime.of(2025, 1, 1, 10, 15, 0, 0, ZoneOffset.ofHours(2));
    edges.put(
        OffsetDateTime.class,
        List.of(odt, odt.withNano(500_000_000), OffsetDateTime.MIN, OffsetDateTime.MAX, odt.withYear(12345)));
    ZonedDateTime paris = ZonedDateTime.of(2025, 7, 1, 10, 15, 30, 0, ZoneId.of("Europe/Paris"));
    edges.put(
        ZonedDateTime.class,
        List.of(paris, paris.withZoneSameInstant(ZoneOffset.UTC), paris.withNano(123_000_000)));
    edges.put(LocalDate.class, List.of(LocalDate.of(2025, 2, 28), LocalDate.MIN, LocalDate.MAX));
    edges.put(
        LocalDateTime.class,
        List.of(LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.of(2025, 1, 1, 1, 2, 3, 4)));
    edges.put(
        LocalTime.class,
        List.of(LocalTime.MIDNIGHT, LocalTime.of(10, 15), LocalTime.of(10, 15, 0, 500_000_000), LocalTime.MAX));
    edges.put(
        OffsetTime.class,
        List.of(OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC), OffsetTime.MIN, OffsetTime.MAX));
    edges.put(Duration.class, List.of(Duration.ZERO, Duration.ofMillis(1500), Duration.ofSeconds(-1, 1)));
    edges.put(Period.class, List.of(Period.ZERO, Period.of(1, -2, 3)));
    edges.put(Year.class, List.of(Year.of(2025), Year.of(-5), Year.of(Year.MAX_VALUE)));
    edges.put(YearMonth.class, List.of(YearMonth.of(2025, 1), YearMonth.of(-1, 12), YearMonth.of(12345, 6)));
    return edges;
  }

  private static List<JavaFileObject> sources(Path directory, boolean nested) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    try (Stream<Path> files = nested ? Files.walk(directory) : Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
      }
    }
    return sources;
  }
}
