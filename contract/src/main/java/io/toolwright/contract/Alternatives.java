package io.toolwright.contract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pairs the alternatives of two unions ({@code anyOf}/{@code oneOf}) by what they are, not by where
 * they stand, so that reordering alternatives or inserting one in the middle changes nothing, and a
 * changed alternative is compared with the one it was.
 *
 * <p>Each pair of alternatives gets a score, and the best pairs are taken first (ties to the pair
 * whose positions are closest). An equal schema (description aside) scores highest; then an equal
 * tag: the same {@code const}, the same {@code const} of a common property (the discriminator of a
 * tagged union), the same {@code title}, the same {@code $ref}; then likeness of the properties and
 * keywords. Alternatives that cannot be the same thing are never paired: types that share no value,
 * different {@code const}s or discriminator values, objects with no property in common.
 */
final class Alternatives {
  private static final int EQUAL = 10_000;
  private static final int SAME_TAG = 1_000;
  private static final int SAME_TITLE = 500;
  private static final int SAME_REF = 300;
  private static final int ALIKE = 100;

  /** Alternative {@code before} of the old union is alternative {@code after} of the new one. */
  record Pair(int before, int after) {}

  /**
   * @param pairs alternatives that are the same one, in the old order
   * @param removed indexes of old alternatives that have no counterpart
   * @param added indexes of new alternatives that have no counterpart
   */
  record Matching(List<Pair> pairs, List<Integer> removed, List<Integer> added) {}

  private Alternatives() {}

  static Matching match(List<JsonNode> before, JsonNode beforeRoot, List<JsonNode> after, JsonNode afterRoot) {
    record Candidate(int before, int after, int score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      for (int j = 0; j < after.size(); j++) {
        int score = score(before.get(i), beforeRoot, after.get(j), afterRoot);
        if (score > 0) {
          candidates.add(new Candidate(i, j, score));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::score).reversed()
        .thenComparingInt(c -> Math.abs(c.before() - c.after()))
        .thenComparingInt(Candidate::before));
    Set<Integer> takenBefore = new HashSet<>();
    Set<Integer> takenAfter = new HashSet<>();
    List<Pair> pairs = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (!takenBefore.contains(candidate.before()) && !takenAfter.contains(candidate.after())) {
        takenBefore.add(candidate.before());
        takenAfter.add(candidate.after());
        pairs.add(new Pair(candidate.before(), candidate.after()));
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::before));
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!takenBefore.contains(i)) {
        removed.add(i);
      }
    }
    List<Integer> added = new ArrayList<>();
    for (int j = 0; j < after.size(); j++) {
      if (!takenAfter.contains(j)) {
        added.add(j);
      }
    }
    return new Matching(pairs, removed, added);
  }

  /** How surely two alternatives are the same one; 0 when they cannot be. */
  static int score(JsonNode a, JsonNode rootA, JsonNode b, JsonNode rootB) {
    JsonNode left = SchemaView.resolve(a, rootA);
    JsonNode right = SchemaView.resolve(b, rootB);
    if (withoutDescription(left).equals(withoutDescription(right))) {
      return EQUAL;
    }
    Set<String> typesA = typesOf(left);
    Set<String> typesB = typesOf(right);
    if (!typesA.isEmpty() && !typesB.isEmpty() && !overlap(typesA, typesB)) {
      return 0;
    }
    int score = ALIKE;
    if (left.has("const") && right.has("const")) {
      if (!left.get("const").equals(right.get("const"))) {
        return 0;
      }
      score += SAME_TAG;
    }
    Map<String, JsonNode> tagsA = discriminators(left, rootA);
    Map<String, JsonNode> tagsB = discriminators(right, rootB);
    for (Map.Entry<String, JsonNode> tag : tagsA.entrySet()) {
      JsonNode other = tagsB.get(tag.getKey());
      if (other != null) {
        if (!other.equals(tag.getValue())) {
          return 0;
        }
        score += SAME_TAG;
      }
    }
    if (left.has("title") && left.path("title").equals(right.path("title"))) {
      score += SAME_TITLE;
    }
    if (a.has("$ref") && a.path("$ref").equals(b.path("$ref"))) {
      score += SAME_REF;
    }
    Set<String> propertiesA = names(left.path("properties"));
    Set<String> propertiesB = names(right.path("properties"));
    if (!propertiesA.isEmpty() && !propertiesB.isEmpty()) {
      double shared = jaccard(propertiesA, propertiesB);
      if (shared == 0 && score == ALIKE) {
        return 0;
      }
      score += (int) Math.round(ALIKE * shared);
    }
    score += (int) Math.round(ALIKE / 2.0 * jaccard(names(left), names(right)));
    return score;
  }

  /** Properties whose value is fixed ({@code const}, or an {@code enum} of one): a union's tags. */
  private static Map<String, JsonNode> discriminators(JsonNode schema, JsonNode root) {
    Map<String, JsonNode> tags = new HashMap<>();
    JsonNode properties = schema.path("properties");
    for (String name : properties.propertyNames()) {
      JsonNode property = SchemaView.resolve(properties.get(name), root);
      if (property.has("const")) {
        tags.put(name, property.get("const"));
      } else if (property.path("enum").isArray() && property.get("enum").size() == 1) {
        tags.put(name, property.get("enum").get(0));
      }
    }
    return tags;
  }

  /** The declared types, or {@code object} for a schema that lists properties without a type. */
  private static Set<String> typesOf(JsonNode schema) {
    Set<String> types = SchemaView.typesOf(schema);
    if (types.isEmpty() && schema.has("properties")) {
      return Set.of("object");
    }
    return types;
  }

  /** Whether some value has a type of both (an integer is a number). */
  private static boolean overlap(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(type -> SchemaView.accepts(b, type))
        || b.stream().anyMatch(type -> SchemaView.accepts(a, type));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new HashSet<>();
    if (object.isObject()) {
      object.propertyNames().forEach(names::add);
    }
    names.remove("description");
    return names;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long shared = a.stream().filter(b::contains).count();
    return (double) shared / union.size();
  }

  static JsonNode withoutDescription(JsonNode schema) {
    if (!schema.isObject()) {
      return schema;
    }
    ObjectNode copy = (ObjectNode) schema.deepCopy();
    copy.remove("description");
    return copy;
  }

  /** A short name for an alternative in a message: its {@code $ref}, title or const, else its JSON. */
  static String describe(JsonNode alternative, JsonNode root) {
    if (alternative.has("$ref")) {
      return alternative.get("$ref").asString();
    }
    JsonNode node = SchemaView.resolve(alternative, root);
    if (node.has("title")) {
      return "\"" + node.get("title").asString() + "\"";
    }
    String text = withoutDescription(node).toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
