package io.toolwright.contract.bundle;

import io.toolwright.contract.LockFile;
import io.toolwright.contract.PrettyJson;
import io.toolwright.contract.ResourceFiles;
import io.toolwright.contract.ToolContract;
import io.toolwright.contract.ToolResources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the schema bundle: a jar with every tool's canonical schema, renderings per dialect,
 * fingerprint and token counts, for consumers that never run the service (docs/contract.md,
 * "The bundle").
 *
 * <pre>
 * toolwright-bundle.json                       index: coordinates, and per tool its files and tokens
 * toolwright.lock.json                         the lock of this version (what toolwright:lock writes)
 * tools/&lt;tool&gt;/schema.json                     canonical parameter schema
 * tools/&lt;tool&gt;/output-schema.json              canonical output schema, when the tool has one
 * tools/&lt;tool&gt;/renderings/&lt;dialect&gt;.json        what each provider is sent
 * META-INF/toolwright/&lt;class&gt;.json             the processor's resources, as built (with each
 *                                              class's build report under "report")
 * META-INF/toolwright-report/&lt;class&gt;.json      the reports of a build that wrote them apart (before
 *                                              they moved into the class's resource), as built
 * </pre>
 *
 * <p>Entries are in a fixed order with a fixed time stamp, so the same tools give the same bytes.
 */
public final class BundleWriter {
  public static final String INDEX = "toolwright-bundle.json";
  public static final String LOCK = "toolwright.lock.json";
  public static final int FORMAT_VERSION = 1;

  /** 1980-02-01, the first date every zip reader agrees on; reproducible builds use the same idea. */
  private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L + 31L * 86_400_000L);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private BundleWriter() {}

  /**
   * Writes the bundle of the tools under {@code classesDirectory} to {@code bundle}.
   *
   * @return how many tools it holds
   */
  public static int write(Path classesDirectory, Path bundle, String groupId, String artifactId, String version)
      throws IOException {
    List<ToolContract> tools = List.copyOf(ToolResources.byName(ToolResources.read(classesDirectory)).values());
    Map<String, JsonNode> reports = ResourceFiles.reports(classesDirectory);
    Files.createDirectories(bundle.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(file)) {
      put(zip, INDEX, index(tools, reports, groupId, artifactId, version));
      put(zip, LOCK, LockFile.render(tools));
      for (ToolContract tool : tools) {
        String folder = "tools/" + tool.name() + "/";
        put(zip, folder + "schema.json", PrettyJson.write(tool.schema()));
        if (tool.outputSchema() != null) {
          put(zip, folder + "output-schema.json", PrettyJson.write(tool.outputSchema()));
        }
        for (Map.Entry<String, JsonNode> rendering : tool.renderings().entrySet()) {
          put(zip, folder + "renderings/" + rendering.getKey() + ".json", PrettyJson.write(rendering.getValue()));
        }
      }
      copyFolder(zip, classesDirectory, ResourceFiles.TOOLS_FOLDER);
      copyFolder(zip, classesDirectory, ResourceFiles.REPORTS_FOLDER);
    }
    return tools.size();
  }

  private static String index(List<ToolContract> tools, Map<String, JsonNode> reports,
      String groupId, String artifactId, String version) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("bundleVersion", FORMAT_VERSION);
    root.put("groupId", groupId);
    root.put("artifactId", artifactId);
    root.put("version", version);
    ArrayNode entries = root.putArray("tools");
    for (ToolContract tool : tools) {
      ObjectNode entry = entries.addObject();
      entry.put("name", tool.name());
      entry.put("class", tool.className());
      entry.put("effect", tool.effect().name());
      entry.put("idempotent", tool.idempotent());
      entry.put("fingerprint", tool.fingerprint());
      String folder = "tools/" + tool.name() + "/";
      entry.put("schema", folder + "schema.json");
      if (tool.outputSchema() != null) {
        entry.put("outputSchema", folder + "output-schema.json");
      }
      ObjectNode renderings = entry.putObject("renderings");
      tool.renderings().keySet().forEach(d -> renderings.put(d, folder + "renderings/" + d + ".json"));
      JsonNode tokens = tokensOf(reports.get(tool.className() + ".json"), tool.name());
      if (tokens != null) {
        entry.set("tokens", tokens);
      }
    }
    return PrettyJson.write(root);
  }

  /** The tool's tokens per dialect from its class's report; null when tokens were not counted. */
  private static JsonNode tokensOf(JsonNode report, String tool) {
    if (report == null) {
      return null;
    }
    for (JsonNode entry : report.path("tools")) {
      if (tool.equals(entry.path("name").asString(""))) {
        return entry.get("tokens");
      }
    }
    return null;
  }

  private static void copyFolder(ZipOutputStream zip, Path classesDirectory, String folder) throws IOException {
    Path source = classesDirectory.resolve(folder);
    if (!Files.isDirectory(source)) {
      return;
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(source)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      put(zip, folder + "/" + file.getFileName(), Files.readAllBytes(file));
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    put(zip, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(FIXED_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
