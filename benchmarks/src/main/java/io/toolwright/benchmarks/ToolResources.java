package io.toolwright.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The processor's resources, {@code META-INF/toolwright/<class>.json}, in directories and jars.
 * Found by listing each entry rather than through a class loader, which cannot list a folder of a
 * jar (and a shaded jar has no folder entries to ask for).
 */
final class ToolResources {

  static final String FOLDER = "META-INF/toolwright/";

  /** One resource: its path in the jar or directory, where that is, and its text. */
  record Resource(String path, Path origin, String text) {}

  private ToolResources() {}

  /** The resources on this JVM's class path ({@code java.class.path}). */
  static List<Resource> onClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry));
      }
    }
    return in(entries);
  }

  /** The resources in these jars and class directories, sorted by path; duplicates kept. */
  static List<Resource> in(List<Path> entries) {
    List<Resource> resources = new ArrayList<>();
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        inDirectory(entry, resources);
      } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
        inJar(entry, resources);
      }
    }
    resources.sort(Comparator.comparing(Resource::path));
    return resources;
  }

  private static void inDirectory(Path directory, List<Resource> resources) {
    Path folder = directory.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        resources.add(new Resource(FOLDER + file.getFileName(), directory, Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void inJar(Path jar, List<Resource> resources) {
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.startsWith(FOLDER)
            && name.endsWith(".json")
            && name.indexOf('/', FOLDER.length()) < 0) {
          try (InputStream in = file.getInputStream(entry)) {
            resources.add(
                new Resource(name, jar, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
