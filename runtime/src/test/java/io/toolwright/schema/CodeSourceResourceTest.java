package io.toolwright.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build record is read from the jar or directory its generated class came from, without its
 * class loader (whose lookup probes every module of the run-time image first), and is left to the
 * loader when the class has no local code source.
 */
class CodeSourceResourceTest {

  private static final String RECORD = "META-INF/toolwright/p.Probe.renderings";

  /** Loaded from the jar below; references nothing but {@code Object}. */
  public static final class Probe {}

  @Test
  void readsBesideAClassInAJarWhoseLoaderWouldNotFindIt(@TempDir Path dir) throws Exception {
    Path jar = jarWithProbeAnd(dir, "from the jar");
    try (URLClassLoader loader = new BlindLoader(jar.toUri().toURL())) {
      Class<?> probe = loader.loadClass(Probe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(loader);
      assertThat(loader.getResourceAsStream(RECORD)).as("the loader is blind").isNull();

      assertThat(CodeSourceResource.read(probe, RECORD))
          .asString(StandardCharsets.UTF_8)
          .isEqualTo("from the jar");
      assertThat(CodeSourceResource.read(probe, "META-INF/toolwright/none.renderings")).isNull();
    }
  }

  @Test
  void readsBesideAClassInADirectory(@TempDir Path dir) throws Exception {
    Path classFile = dir.resolve(Probe.class.getName().replace('.', '/') + ".class");
    Files.createDirectories(classFile.getParent());
    Files.write(classFile, probeBytes());
    Path record = dir.resolve(RECORD);
    Files.createDirectories(record.getParent());
    Files.writeString(record, "from the directory");
    try (URLClassLoader loader = new BlindLoader(dir.toUri().toURL())) {
      Class<?> probe = loader.loadClass(Probe.class.getName());
      assertThat(CodeSourceResource.read(probe, RECORD))
          .asString(StandardCharsets.UTF_8)
          .isEqualTo("from the directory");
      assertThat(CodeSourceResource.read(probe, "META-INF/toolwright/none.renderings")).isNull();
    }
  }

  @Test
  void aClassWithoutALocalCodeSourceIsLeftToItsLoader() {
    // The boot loader's classes have no code source; neither do classes defined from bytes alone.
    assertThat(CodeSourceResource.read(String.class, RECORD)).isNull();
  }

  @Test
  void buildRenderingsAsksTheLoaderWhenTheClassHasNoLocalCodeSource(@TempDir Path dir)
      throws Exception {
    String text = "toolwright-renderings 1\ntool\tprobe\t0000000000000000\n";
    Class<?> fromBytes = new BytesLoader(text).probe();
    assertThat(fromBytes.getProtectionDomain().getCodeSource().getLocation()).isNull();
    assertThat(BuildRenderings.read(fromBytes, "p.Probe")).isNotNull();

    try (URLClassLoader loader = new BlindLoader(jarWithProbeAnd(dir, text).toUri().toURL())) {
      assertThat(BuildRenderings.read(loader.loadClass(Probe.class.getName()), "p.Probe"))
          .isNotNull();
    }
    // The test's own class path has no record for the class: nothing beside it, nothing found.
    assertThat(BuildRenderings.read(Probe.class, "p.Probe")).isNull();
  }

  private static Path jarWithProbeAnd(Path dir, String record) throws IOException {
    Path jar = dir.resolve("generated.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(Probe.class.getName().replace('.', '/') + ".class"));
      out.write(probeBytes());
      out.putNextEntry(new JarEntry(RECORD));
      out.write(record.getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static byte[] probeBytes() throws IOException {
    try (InputStream in =
        Probe.class.getResourceAsStream(
            Probe.class.getName().substring(Probe.class.getName().lastIndexOf('.') + 1)
                + ".class")) {
      return in.readAllBytes();
    }
  }

  /** Defines {@link Probe} from its bytes alone (no code source) and serves the record. */
  private static final class BytesLoader extends ClassLoader {
    private final String record;

    BytesLoader(String record) {
      super(ClassLoader.getPlatformClassLoader());
      this.record = record;
    }

    Class<?> probe() throws IOException {
      byte[] bytes = probeBytes();
      return defineClass(Probe.class.getName(), bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return name.equals(RECORD)
          ? new java.io.ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8))
          : null;
    }
  }

  /**
   * Loads {@link Probe} itself (parent: the platform loader) but finds no resource, as a loader
   * whose lookup misses or is never asked.
   */
  private static final class BlindLoader extends URLClassLoader {
    BlindLoader(URL location) {
      super(new URL[] {location}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public URL getResource(String name) {
      return null;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return null;
    }
  }
}
