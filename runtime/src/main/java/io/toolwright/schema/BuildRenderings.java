package io.toolwright.schema;

import io.toolwright.Dialect;
import io.toolwright.ToolDefinition;
import io.toolwright.schema.dialect.Rendering;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build's renderings of a class's tools in a form read without a JSON parser, {@code
 * META-INF/toolwright/<class>.renderings}, written by the processor beside {@code <class>.json}
 * so that a registry can send a dialect's definitions without parsing the schema model, loading
 * Jackson or compiling the dialects' regular expressions.
 *
 * <p>UTF-8 text, one item a line (compact JSON never holds a raw line break):
 *
 * <pre>{@code
 * toolwright-renderings 1
 * tool<TAB><name><TAB><key>
 * <dialect key><TAB><compact JSON of the tool in that dialect>
 * ...
 * }</pre>
 *
 * A tool's lines follow its {@code tool} line; a dialect that rejects the tool has no line. The
 * {@link #key} ties the renderings to the exact definition they were computed from: a run-time
 * definition whose key differs (a stale resource, a hand-made set under a generated class's name)
 * is rendered at run time instead. The key is a 64-bit FNV-1a hash of everything {@link
 * ToolFingerprint} hashes, not the SHA-256 fingerprint itself, because the platform's SHA-256
 * loads about 220 classes at start-up, more than the rest of the path to the definitions.
 */
public final class BuildRenderings {

  private static final String HEADER = "toolwright-renderings 1";

  /** FNV-1a's 64-bit prime. */
  private static final long PRIME = 0x100000001b3L;

  /*
   * The resource is kept as it was read and a dialect's lines are decoded when that dialect is
   * asked for: a registry sends one or two dialects of the nine, and in a cold JVM, where this runs
   * interpreted, decoding and copying the other lines was work for lines never sent.
   */

  /**
   * The resource's UTF-8 bytes as a string of one char per byte (ISO-8859-1 "decodes" by copying):
   * an index into it is an index into the bytes, and its lines are found by the JDK's {@code
   * indexOf}, one pass that decodes nothing.
   */
  private final String bytes;

  private final Map<String, Tool> tools;

  private BuildRenderings(String bytes, Map<String, Tool> tools) {
    this.bytes = bytes;
    this.tools = tools;
  }

  /** One tool's key and where its dialect lines are. */
  private static final class Tool {
    final String key;
    /** The first byte of the tool's first dialect line. */
    final int start;
    /** The byte after the tool's last line: the next tool's line, or the end. */
    int end;

    /**
     * The last definition found to have {@link #key}, so that a registry's definitions are hashed
     * once, not once per dialect. Benign race: at worst a definition is hashed again.
     */
    volatile ToolDefinition verified;

    Tool(String key, int start) {
      this.key = key;
      this.start = start;
    }

    boolean isFor(ToolDefinition definition) {
      if (verified == definition) {
        return true;
      }
      if (!key.equals(key(definition))) {
        return false;
      }
      verified = definition;
      return true;
    }
  }

  /** Where the processor writes a class's renderings, in the class output. */
  public static String path(String qualifiedClassName) {
    // A StringBuilder, not +: the first concatenation of a shape bootstraps method handles.
    return new StringBuilder("META-INF/toolwright/")
        .append(qualifiedClassName)
        .append(".renderings")
        .toString();
  }

  /**
   * The text of a class's resource.
   *
   * @param definitions the class's tools, in order
   * @param renderings tool name → the tool in every dialect (rejections are left out)
   */
  public static String write(
      List<ToolDefinition> definitions, Map<String, List<Rendering>> renderings) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (ToolDefinition definition : definitions) {
      out.append("tool\t").append(definition.name()).append('\t').append(key(definition));
      out.append('\n');
      for (Rendering rendering : renderings.get(definition.name())) {
        if (rendering.json() != null) {
          out.append(rendering.dialect().key()).append('\t').append(rendering.json()).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * Reads a class's resource from {@code loader}; {@code null} when there is none or it is not in
   * this version's form (an older processor, a resource edited by hand).
   */
  public static BuildRenderings read(ClassLoader loader, String qualifiedClassName) {
    try (InputStream in = loader.getResourceAsStream(path(qualifiedClassName))) {
      return in == null ? null : parse(in.readAllBytes());
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Reads a class's resource from where {@code generated} was loaded from (the jar or directory
   * the processor wrote both to), else from its class loader; {@code null} when there is none or it
   * is not in this version's form.
   *
   * @param generated a class of the generated code, as its tools' invoker's
   */
  public static BuildRenderings read(Class<?> generated, String qualifiedClassName) {
    byte[] beside = CodeSourceResource.read(generated, path(qualifiedClassName));
    if (beside != null) {
      return parse(beside);
    }
    ClassLoader loader = generated.getClassLoader();
    return read(
        loader != null ? loader : BuildRenderings.class.getClassLoader(), qualifiedClassName);
  }

  /** Charset.forName, not StandardCharsets: that class loads five more charsets at start-up. */
  private static Charset utf8() {
    return Charset.forName("UTF-8");
  }

  private static Charset latin1() {
    return Charset.forName("ISO-8859-1");
  }

  /** Parses a resource's text; {@code null} when it is not in this version's form. */
  public static BuildRenderings parse(String text) {
    return parse(text.getBytes(utf8()));
  }

  /**
   * Finds the tools' lines in a resource's UTF-8 bytes, decoding only each tool's name and key;
   * {@code null} when it is not in this version's form.
   */
  private static BuildRenderings parse(byte[] utf8) {
    String text = new String(utf8, latin1());
    int headerEnd = HEADER.length();
    if (!text.startsWith(HEADER)
        || (text.length() > headerEnd && text.charAt(headerEnd) != '\n')) {
      return null;
    }
    Map<String, Tool> tools = new HashMap<>();
    Tool current = null;
    int start = headerEnd + 1;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        int tab = text.indexOf('\t', start);
        if (tab < 0 || tab > end) {
          return null;
        }
        if (tab - start == 4 && text.startsWith("tool", start)) {
          int second = text.indexOf('\t', tab + 1);
          if (second < 0 || second > end) {
            return null;
          }
          if (current != null) {
            current.end = start;
          }
          current = new Tool(decode(text, second + 1, end), end + 1);
          tools.put(decode(text, tab + 1, second), current);
        } else if (current == null) {
          return null;
        }
      }
      start = end + 1;
    }
    if (current != null) {
      current.end = text.length();
    }
    return new BuildRenderings(text, tools);
  }

  /** The UTF-8 text of bytes {@code [start, end)}. */
  private static String decode(String bytes, int start, int end) {
    return new String(bytes.substring(start, end).getBytes(latin1()), utf8());
  }

  /** The JSON of a tool's line for {@code dialectKey}, or {@code null} when it has none. */
  private String line(Tool tool, String dialectKey) {
    int start = tool.start;
    while (start < tool.end) {
      int end = bytes.indexOf('\n', start);
      if (end < 0 || end > tool.end) {
        end = tool.end;
      }
      int tab = start + dialectKey.length();
      if (tab < end && bytes.charAt(tab) == '\t' && bytes.startsWith(dialectKey, start)) {
        return decode(bytes, tab + 1, end);
      }
      start = end + 1;
    }
    return null;
  }

  /**
   * The build's rendering of {@code definition} in {@code dialect}, or {@code null} when the build
   * recorded none for this exact definition (another key, or the dialect rejects the tool).
   */
  public String rendering(ToolDefinition definition, Dialect dialect) {
    Tool tool = tools.get(definition.name());
    return tool != null && tool.isFor(definition) ? line(tool, dialect.key()) : null;
  }

  /** Whether the build recorded this exact definition. */
  public boolean records(ToolDefinition definition) {
    Tool tool = tools.get(definition.name());
    return tool != null && tool.isFor(definition);
  }

  /**
   * The definition's key: 16 lower-case hex digits of a 64-bit FNV-1a hash over the name,
   * description, effect, idempotency, canonical schema, output schema and examples, each
   * length-prefixed so that no two definitions share an input.
   */
  public static String key(ToolDefinition definition) {
    long hash = 0xcbf29ce484222325L;
    hash = mix(hash, definition.name());
    hash = mix(hash, definition.description());
    hash = mix(hash, definition.effect().name());
    hash = mix(hash, definition.idempotent() ? "true" : "false");
    hash = mix(hash, definition.canonicalSchema());
    hash = mix(hash, definition.canonicalOutputSchema().orElse(null));
    List<String> examples = definition.examples();
    hash = step(hash, examples.size());
    for (String example : examples) {
      hash = mix(hash, example);
    }
    String hex = Long.toHexString(hash);
    return new StringBuilder("0".repeat(16 - hex.length())).append(hex).toString();
  }

  private static long mix(long hash, String text) {
    if (text == null) {
      return step(hash, -1);
    }
    hash = step(hash, text.length());
    // One array and a loop without calls: at start-up this runs interpreted, over every schema.
    for (char c : text.toCharArray()) {
      hash = (hash ^ c) * PRIME;
    }
    return hash;
  }

  private static long step(long hash, int value) {
    return (hash ^ value) * PRIME;
  }
}
