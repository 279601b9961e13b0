package io.toolwright.testkit.bfcl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Berkeley Function Calling Leaderboard's question records and ground truth, as published (JSON
 * Lines, one record a line): per record the functions offered, and per answered record the calls a
 * model is expected to make.
 *
 * @param questions every record of the categories read, in file order
 * @param answers the ground-truth calls by record id; a record without answers has none here
 */
public record BfclCorpus(List<Question> questions, Map<String, List<Call>> answers) {

  /** The categories with ground truth ({@code irrelevance} has none: no tool should be called). */
  public static final List<String> CATEGORIES =
      List.of(
          "simple_python",
          "multiple",
          "parallel",
          "parallel_multiple",
          "simple_java",
          "simple_javascript");

  /** Reads it exactly: decimals as written, so that 0.1 is compared as 0.1. */
  public static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(tools.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * One question record.
   *
   * @param functions the BFCL function declarations offered with it ({@code name}, {@code
   *     description}, {@code parameters})
   */
  public record Question(String id, String category, List<JsonNode> functions) {}

  /**
   * One ground-truth call.
   *
   * @param index its position in the record's ground truth (parallel categories have several)
   * @param accepted per parameter the values accepted for it; {@code ""} among them means the
   *     parameter may be left out
   */
  public record Call(String id, int index, String function, JsonNode accepted) {

    /** {@code simple_python_3}, or {@code parallel_7#1} where a record has several calls. */
    public String label(boolean several) {
      return several ? id + "#" + index : id;
    }
  }

  /** Reads {@code BFCL_v4_<category>.json} and {@code possible_answer/} of {@link #CATEGORIES}. */
  public static BfclCorpus read(Path folder) {
    return read(folder, CATEGORIES);
  }

  public static BfclCorpus read(Path folder, List<String> categories) {
    List<Question> questions = new ArrayList<>();
    Map<String, List<Call>> answers = new LinkedHashMap<>();
    for (String category : categories) {
      String file = "BFCL_v4_" + category + ".json";
      for (JsonNode record : lines(folder.resolve(file))) {
        List<JsonNode> functions = new ArrayList<>();
        record.get("function").values().forEach(functions::add);
        questions.add(new Question(record.get("id").asString(), category, List.copyOf(functions)));
      }
      Path answerFile = folder.resolve("possible_answer").resolve(file);
      if (Files.exists(answerFile)) {
        for (JsonNode record : lines(answerFile)) {
          String id = record.get("id").asString();
          List<Call> calls = new ArrayList<>();
          for (JsonNode call : record.get("ground_truth").values()) {
            var entry = call.properties().iterator().next();
            calls.add(new Call(id, calls.size(), entry.getKey(), entry.getValue()));
          }
          answers.put(id, List.copyOf(calls));
        }
      }
    }
    return new BfclCorpus(List.copyOf(questions), answers);
  }

  private static List<JsonNode> lines(Path file) {
    try {
      List<JsonNode> records = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        if (!line.isBlank()) {
          records.add(JSON.readTree(line));
        }
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
