package io.toolwright.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON files of one resource folder ({@code META-INF/toolwright} or
 * {@code META-INF/toolwright-report}) from a class output directory or a jar, in name order, and
 * the classes' build reports ({@link #reports}) wherever the build put them.
 */
public final class ResourceFiles {
  public static final String TOOLS_FOLDER = "META-INF/toolwright";
  /**
   * Where builds before the report moved into the class's resource wrote it, one file per class;
   * read for jars built then.
   */
  public static final String REPORTS_FOLDER = "META-INF/toolwright-report";

  /** The member of a class's resource that holds its build report. */
  public static final String REPORT_MEMBER = "report";

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ResourceFiles() {}

  /**
   * The JSON files directly in {@code folder} under {@code root}, keyed by file name (the class
   * name plus {@code .json}); empty when the folder is absent.
   *
   * @param root a directory such as {@code target/classes}, or a jar or zip file
   */
  public static Map<String, JsonNode> read(Path root, String folder) {
    if (Files.isDirectory(root)) {
      return readFolder(root.resolve(folder), root + "/" + folder);
    }
    if (Files.isRegularFile(root)) {
      try (FileSystem zip = FileSystems.newFileSystem(root)) {
        return readFolder(zip.getPath(folder), root + "!/" + folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + root, e);
      }
    }
    return Map.of();
  }

  /**
   * The build reports of the classes under {@code root}, keyed by resource file name ({@code
   * <class>.json}), in name order: the {@value #REPORT_MEMBER} member of each class's {@code
   * META-INF/toolwright/<class>.json}, else (a jar built before the report moved there) the
   * class's file in {@code META-INF/toolwright-report}. A class whose build counted no tokens has
   * none.
   *
   * @throws ContractFormatException when a file is not JSON, or its report is not an object
   */
  public static Map<String, JsonNode> reports(Path root) {
    return reports(root, read(root, TOOLS_FOLDER));
  }

  /**
   * The same, for a caller that has read the class resources already.
   *
   * @param toolFiles {@code read(root, TOOLS_FOLDER)}
   */
  public static Map<String, JsonNode> reports(Path root, Map<String, JsonNode> toolFiles) {
    Map<String, JsonNode> reports = new TreeMap<>();
    for (Map.Entry<String, JsonNode> file : toolFiles.entrySet()) {
      JsonNode report = file.getValue().get(REPORT_MEMBER);
      if (report == null) {
        continue;
      }
      if (!report.isObject()) {
        throw new ContractFormatException(
            shownAs(root, TOOLS_FOLDER) + "/" + file.getKey() + ": \"" + REPORT_MEMBER
                + "\" is not an object but " + report.getNodeType().name().toLowerCase(Locale.ROOT)
                + "; rebuild the class with the Toolwright processor");
      }
      reports.put(file.getKey(), report);
    }
    read(root, REPORTS_FOLDER).forEach(reports::putIfAbsent);
    return reports;
  }

  private static String shownAs(Path root, String folder) {
    return root + (Files.isDirectory(root) ? "/" : "!/") + folder;
  }

  private static Map<String, JsonNode> readFolder(Path folder, String shownAs) {
    Map<String, JsonNode> files = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    List<Path> jsonFiles;
    try (Stream<Path> listing = Files.list(folder)) {
      jsonFiles = listing
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + shownAs, e);
    }
    for (Path file : jsonFiles) {
      String name = file.getFileName().toString();
      files.put(name, readJson(file, shownAs + "/" + name));
    }
    return files;
  }

  /** Reads one JSON file; malformed JSON is a {@link ContractFormatException} naming the file. */
  public static JsonNode readJson(Path file, String shownAs) {
    try {
      return MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + shownAs, e);
    } catch (JacksonException e) {
      throw new ContractFormatException(shownAs + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
