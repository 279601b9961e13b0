package io.toolwright;

import io.toolwright.ReadConstraints.Limit;
import io.toolwright.dispatch.JsonReaders;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The limit checks that run on a tree rather than on text.
 *
 * <ul>
 *   <li>{@link #checkShape}: on a tree a provider's SDK already parsed, before it is serialised to
 *       be parsed again. Serialising recurses, so a tree deeper than the limit is refused first;
 *       and every value takes at least one byte, so a tree with more values than the document limit
 *       has bytes is refused without being written out.
 *   <li>{@link #checkExponents}: on every parsed tree. Jackson bounds a number's digits but not its
 *       exponent, and {@code 1e999999999} stands for a billion digits once a tool does arithmetic
 *       on it.
 * </ul>
 *
 * <p>The pointer of a breach is built only when there is one, as the walk unwinds.
 */
final class TreeLimits {

  /** A tree broke {@link #limit}; {@link #pointer()} says where. */
  static final class Breach extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;
    private final transient JsonNode node;
    private final Deque<String> segments = new ArrayDeque<>();

    Breach(Limit limit, JsonNode node) {
      super(limit.name(), null, false, false);
      this.limit = limit;
      this.node = node;
    }

    Limit limit() {
      return limit;
    }

    /** The offending value, or {@code null} for the whole document. */
    JsonNode node() {
      return node;
    }

    String pointer() {
      String pointer = "";
      for (String segment : segments) {
        pointer = JsonReaders.child(pointer, segment);
      }
      return pointer;
    }

    private Breach under(String segment) {
      segments.addFirst(segment);
      return this;
    }
  }

  private final ParseLimits limits;
  private long values;

  private TreeLimits(ParseLimits limits) {
    this.limits = limits;
  }

  /** Depth and value count of a tree from outside; see the class comment. */
  static void checkShape(JsonNode root, ParseLimits limits) {
    new TreeLimits(limits).shape(root, 1);
  }

  /** Exponents of every decimal in a parsed tree; see the class comment. */
  static void checkExponents(JsonNode root, ParseLimits limits) {
    new TreeLimits(limits).exponents(root);
  }

  private void shape(JsonNode node, int depth) {
    if (++values > limits.maxDocumentBytes()) {
      throw new Breach(Limit.DOCUMENT, null);
    }
    if (!node.isContainer()) {
      return;
    }
    if (depth > limits.maxDepth()) {
      throw new Breach(Limit.DEPTH, node);
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        try {
          shape(property.getValue(), depth + 1);
        } catch (Breach breach) {
          throw breach.under(property.getKey());
        }
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        try {
          shape(node.get(i), depth + 1);
        } catch (Breach breach) {
          throw breach.under(Integer.toString(i));
        }
      }
    }
  }

  /**
   * The decimal exponent the limit bounds: n in d.ddd × 10^n; for zero it is minus the scale, which
   * costs as much in arithmetic.
   */
  static long exponent(BigDecimal value) {
    return (long) value.precision() - value.scale() - 1;
  }

  private void exponents(JsonNode node) {
    if (node.isBigDecimal()) {
      if (Math.abs(exponent(node.decimalValue())) > limits.maxExponent()) {
        throw new Breach(Limit.EXPONENT, node);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        try {
          exponents(property.getValue());
        } catch (Breach breach) {
          throw breach.under(property.getKey());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        try {
          exponents(node.get(i));
        } catch (Breach breach) {
          throw breach.under(Integer.toString(i));
        }
      }
    }
  }
}
