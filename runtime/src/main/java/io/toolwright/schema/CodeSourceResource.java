package io.toolwright.schema;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a resource from the jar or directory a class was loaded from, without asking its class
 * loader. {@code ClassLoader.getResource} asks the platform and boot loaders first, and for a name
 * outside their modules' packages (all of {@code META-INF/toolwright/}) they look in every module
 * of the run-time image: the first such lookup of a JVM opens the image's reader, and each costs
 * about as much as the rest of the path to a registry's definitions. The jar is opened by path, which
 * shares the class loader's already opened copy of its central directory.
 */
final class CodeSourceResource {

  private CodeSourceResource() {}

  /**
   * The resource's bytes, or {@code null} when the class's code source is not a local jar or
   * directory, or has no such resource; the caller then asks the class loader.
   */
  static byte[] read(Class<?> type, String path) {
    File location = location(type);
    if (location == null) {
      return null;
    }
    try {
      if (location.isDirectory()) {
        File file = new File(location, path);
        if (!file.isFile()) {
          return null;
        }
        try (InputStream in = new FileInputStream(file)) {
          return in.readAllBytes();
        }
      }
      try (ZipFile jar = new ZipFile(location)) {
        ZipEntry entry = jar.getEntry(path);
        if (entry == null) {
          return null;
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /** The local file or directory the class came from; {@code null} for anything else. */
  private static File location(Class<?> type) {
    try {
      ProtectionDomain domain = type.getProtectionDomain();
      CodeSource source = domain == null ? null : domain.getCodeSource();
      URL url = source == null ? null : source.getLocation();
      if (url == null || !"file".equals(url.getProtocol())) {
        return null; // a nested jar (Spring Boot), a remote or in-memory class: the loader knows
      }
      return new File(url.toURI());
    } catch (URISyntaxException | RuntimeException unusual) {
      // A security manager refusing the domain, a location that is no file URI.
      return null;
    }
  }
}
