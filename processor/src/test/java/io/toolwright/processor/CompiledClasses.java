package io.toolwright.processor;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the class files of an in-memory compilation, so tests can run the generated code. The
 * parent is the test's class loader, which has the runtime, Jackson and Hibernate Validator.
 */
final class CompiledClasses extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  /** Resources of the class output by path ({@code META-INF/toolwright/...}), served first. */
  private final Map<String, byte[]> resources = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    this(compilation, Map.of());
  }

  /**
   * @param replaced resources by path whose text replaces what the compilation wrote (a doctored or
   *     stale build record, say)
   */
  CompiledClasses(Compilation compilation, Map<String, String> replaced) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.OTHER && path.contains(CLASS_OUTPUT)) {
        try (InputStream in = file.openInputStream()) {
          resources.put(
              path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length()), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (file.getKind() == JavaFileObject.Kind.CLASS && path.contains(CLASS_OUTPUT)) {
        String name =
            path.substring(path.indexOf(CLASS_OUTPUT) + CLASS_OUTPUT.length(), path.length() - 6)
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    replaced.forEach((path, text) -> resources.put(path, text.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    byte[] bytes = resources.get(name);
    return bytes != null ? new ByteArrayInputStream(bytes) : super.getResourceAsStream(name);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
