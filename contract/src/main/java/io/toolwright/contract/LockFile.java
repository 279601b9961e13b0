package io.toolwright.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code toolwright.lock.json}: the tools a project has promised, committed beside its pom.
 *
 * <p>One entry per tool, in name order, each with what the check compares: class, description,
 * effect, idempotent, fingerprint, canonical parameter schema and, when the tool has one, its output
 * schema. The schemas keep the canonical key order the processor wrote; the file is written by
 * {@link PrettyJson}, so one changed keyword is one changed line in a diff.
 */
public final class LockFile {
  /** Raised when the format changes incompatibly; a reader refuses a version it does not know. */
  public static final int FORMAT_VERSION = 1;

  private LockFile() {}

  public static String render(Collection<ToolContract> tools) {
    ObjectNode root = ResourceFiles.MAPPER.createObjectNode();
    root.put("lockVersion", FORMAT_VERSION);
    root.put("comment", "Written by toolwright:lock. toolwright:check fails the build on a breaking "
        + "change against it; run toolwright:lock to accept one on purpose, and commit this file.");
    ObjectNode entries = root.putObject("tools");
    for (ToolContract tool : ToolResources.byName(new ArrayList<>(tools)).values()) {
      ObjectNode entry = entries.putObject(tool.name());
      entry.put("class", tool.className());
      entry.put("description", tool.description());
      entry.put("effect", tool.effect().name());
      entry.put("idempotent", tool.idempotent());
      entry.put("fingerprint", tool.fingerprint());
      entry.set("schema", tool.schema());
      if (tool.outputSchema() != null) {
        entry.set("outputSchema", tool.outputSchema());
      }
    }
    return PrettyJson.write(root);
  }

  public static void write(Path file, Collection<ToolContract> tools) {
    try {
      Files.writeString(file, render(tools), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The locked tools keyed by name. */
  public static Map<String, ToolContract> read(Path file) {
    JsonNode root = ResourceFiles.readJson(file, file.toString());
    String where = file.getFileName().toString();
    int version = root.path("lockVersion").asInt(-1);
    if (version != FORMAT_VERSION) {
      throw new ContractFormatException(where + ": lockVersion " + root.path("lockVersion")
          + " is not one this plugin reads (" + FORMAT_VERSION + "); rewrite it with toolwright:lock");
    }
    JsonNode entries = ToolResources.object(root, "tools", where);
    var tools = new ArrayList<ToolContract>();
    for (Map.Entry<String, JsonNode> entry : entries.properties()) {
      JsonNode tool = entry.getValue();
      String at = where + ", tool " + entry.getKey();
      tools.add(new ToolContract(
          entry.getKey(),
          ToolResources.text(tool, "class", at),
          ToolResources.optionalText(tool, "description"),
          Effect.parse(ToolResources.text(tool, "effect", at), at),
          tool.path("idempotent").asBoolean(false),
          ToolResources.optionalText(tool, "fingerprint"),
          ToolResources.object(tool, "schema", at),
          tool.hasNonNull("outputSchema") ? tool.get("outputSchema") : null,
          Map.of()));
    }
    return ToolResources.byName(tools);
  }
}
