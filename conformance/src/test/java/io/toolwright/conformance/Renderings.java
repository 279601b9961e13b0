package io.toolwright.conformance;

import io.toolwright.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Every rendering the conformance tests put through the providers' SDKs, read from the build's
 * record of each class's tools: {@code tools[i].renderings.<dialect key>} in
 *
 * <ul>
 *   <li>every {@code META-INF/toolwright/*.json} on the test classpath (the sample app's jar);
 *   <li>the processor's golden files, {@code processor/src/test/resources/golden/*}{@code /*.json}
 *       (the type matrix, constraints, billing);
 *   <li>this module's hand-written {@code fixtures/*.json}, in the same format;
 * </ul>
 *
 * <p>and from the renderer's own goldens, {@code runtime/src/test/resources/dialect/<dialect
 * key>/<class>.json} ({@code {"<tool>": <rendering>}}), when that directory exists.
 *
 * <p>A tool a dialect rejects has no rendering under that dialect's key, or only {@code
 * {"problems":[...]}}, and is not read.
 */
final class Renderings {

  /**
   * The one switch for when the processor writes renderings into its resources: then the sample app
   * and the goldens must have some, so that the tests cannot pass on the fixtures alone. Until then
   * they have none, and only the fixtures are tested.
   */
  static final boolean SHIPPED_RENDERINGS_EXPECTED = true;

  private static final String RESOURCES = "META-INF/toolwright/";
  private static final String FIXTURES = "fixtures/";
  private static final List<String> FIXTURE_FILES = List.of("fixtures.HandWritten.json");

  private Renderings() {}

  /** Every rendering from every source, in the order read. */
  static List<ToolRendering> all() {
    List<ToolRendering> all = new ArrayList<>();
    all.addAll(shipped());
    all.addAll(golden());
    all.addAll(dialectGoldens());
    all.addAll(fixtures());
    return all;
  }

  /** Every rendering in one of {@code dialects}. */
  static List<ToolRendering> in(Dialect first, Dialect... rest) {
    Set<Dialect> wanted = EnumSet.of(first, rest);
    return all().stream().filter(r -> wanted.contains(r.dialect())).toList();
  }

  /**
   * The file names of the {@code META-INF/toolwright} records on the classpath: the JSON files, not
   * the {@code .renderings} text the registry reads beside them.
   */
  static Set<String> shippedRecords() {
    Set<String> records = new TreeSet<>(resourceNames(RESOURCES));
    records.removeIf(name -> !name.endsWith(".json"));
    return records;
  }

  /** The renderings in the {@code META-INF/toolwright} resources on the classpath. */
  static List<ToolRendering> shipped() {
    List<ToolRendering> out = new ArrayList<>();
    for (String name : shippedRecords()) {
      out.addAll(fromResource(RESOURCES + name));
    }
    return out;
  }

  /** The renderings in the processor's golden resources. */
  static List<ToolRendering> golden() {
    Path directory =
        Path.of(
            System.getProperty("toolwright.goldenDir", "../processor/src/test/resources/golden"));
    if (!Files.isDirectory(directory)) {
      throw new IllegalStateException("no golden directory at " + directory.toAbsolutePath());
    }
    List<ToolRendering> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory, 2)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        out.addAll(
            parse("golden/" + directory.relativize(file), Json.MAPPER.readTree(file.toFile())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The renderer's goldens, one file per dialect and class; none while the directory is absent. */
  static List<ToolRendering> dialectGoldens() {
    Path directory =
        Path.of(
            System.getProperty(
                "toolwright.dialectGoldenDir", "../runtime/src/test/resources/dialect"));
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<ToolRendering> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory, 2)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        Dialect dialect = Dialect.forKey(file.getParent().getFileName().toString());
        String origin = "dialect/" + directory.relativize(file);
        for (Map.Entry<String, JsonNode> tool : Json.MAPPER.readTree(file.toFile()).properties()) {
          if (!rejected(tool.getValue())) {
            out.add(new ToolRendering(origin, tool.getKey(), dialect, tool.getValue()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The hand-written renderings in this module's test resources. */
  static List<ToolRendering> fixtures() {
    List<ToolRendering> out = new ArrayList<>();
    for (String file : FIXTURE_FILES) {
      out.addAll(fromResource(FIXTURES + file));
    }
    return out;
  }

  private static List<ToolRendering> fromResource(String name) {
    try (InputStream in = Renderings.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return parse(name, Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The renderings in one class's record; a record written before renderings existed has none. */
  static List<ToolRendering> parse(String origin, JsonNode record) {
    List<ToolRendering> out = new ArrayList<>();
    for (JsonNode tool : record.path("tools")) {
      String name = tool.get("name").asString();
      JsonNode renderings = tool.path("renderings");
      for (Map.Entry<String, JsonNode> entry : renderings.properties()) {
        if (!rejected(entry.getValue())) {
          out.add(
              new ToolRendering(origin, name, Dialect.forKey(entry.getKey()), entry.getValue()));
        }
      }
    }
    return out;
  }

  /** Whether a rendering's place holds why the dialect rejects the tool instead of the tool. */
  private static boolean rejected(JsonNode rendering) {
    return rendering.size() == 1 && rendering.has("problems");
  }

  /** The file names under {@code directory} in every classpath entry, a directory or a jar. */
  private static Set<String> resourceNames(String directory) {
    Set<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(Renderings.class.getClassLoader().getResources(directory))) {
        if (url.getProtocol().equals("file")) {
          try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.forEach(file -> names.add(file.getFileName().toString()));
          }
        } else if (url.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) url.openConnection();
          connection.setUseCaches(false);
          try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
              String entryName = entry.getName();
              if (entryName.startsWith(directory) && !entry.isDirectory()) {
                names.add(entryName.substring(directory.length()));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
