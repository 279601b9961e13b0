package io.toolwright.testkit.bfcl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a folder of the third-party data kept beside the project checkout, in {@code
 * ../shared/data}. Never part of the project: a fresh clone has none, and tests that need it skip.
 *
 * <p>Where it looks: the directory named by the system property {@value #PROPERTY}, if set; else
 * {@code shared/data} beside the project directory (the system property {@value #PROJECT}, which
 * the build sets from {@code maven.multiModuleProjectDirectory}, else the working directory) or
 * beside any directory above it, so that a git worktree kept in a folder next to the main checkout
 * finds the same data.
 */
public final class SharedData {

  /** A directory holding the data folders, overriding the search. */
  public static final String PROPERTY = "toolwright.sharedData";

  /** The project's root directory. */
  public static final String PROJECT = "toolwright.projectDir";

  private SharedData() {}

  /** {@code <shared data>/<name>}, if one of the places looked at has it. */
  public static Optional<Path> folder(String name) {
    for (Path candidate : candidates()) {
      Path folder = candidate.resolve(name);
      if (Files.isDirectory(folder)) {
        return Optional.of(folder);
      }
    }
    return Optional.empty();
  }

  /** The places {@link #folder} looks at, for a message saying where a folder was not found. */
  public static List<Path> candidates() {
    Set<Path> candidates = new LinkedHashSet<>();
    String explicit = System.getProperty(PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      candidates.add(Path.of(explicit).toAbsolutePath().normalize());
      return new ArrayList<>(candidates);
    }
    String project = System.getProperty(PROJECT);
    Path start = Path.of(project != null ? project : System.getProperty("user.dir"));
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (dir.getParent() != null) {
        candidates.add(dir.getParent().resolve("shared").resolve("data"));
      }
    }
    return new ArrayList<>(candidates);
  }
}
