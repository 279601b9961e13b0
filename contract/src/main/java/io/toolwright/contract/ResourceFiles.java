package io.toolwright.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON files of one resource folder ({@code META-INF/toolwright} or
 * {@code META-INF/toolwright-report}) from a class output directory or a jar, in name order.
 */
public final class ResourceFiles {
  public static final String TOOLS_FOLDER = "META-INF/toolwright";
  public static final String REPORTS_FOLDER = "META-INF/toolwright-report";

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
