package io.toolwright;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the arguments' tree straight from the parser's tokens, making the same nodes as {@link
 * ArgumentParser}'s mapper would ({@code readTree} with {@code USE_BIG_DECIMAL_FOR_FLOATS}, trailing
 * zeros kept): an {@code int}, {@code long} or {@code BigInteger} node by the integer's size, a
 * {@code BigDecimal} node for every number with a fraction or exponent. It saves the mapper's
 * per-call context, and notes on the way whether a decimal may break the exponent limit, so that a
 * tree with none need not be walked again for it ({@code TokenTreeTest} checks both against the
 * mapper and the walk).
 *
 * <p>Every limit is still the parser's: depth and lengths are checked as tokens are read, exactly
 * as when the mapper reads them, and an error surfaces at the same token.
 */
final class TokenTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final int maxExponent;
  private boolean exponentBeyondLimit;

  private TokenTree(JsonParser parser, int maxExponent) {
    this.parser = parser;
    this.maxExponent = maxExponent;
  }

  /** The tree and whether a decimal in it breaks the exponent limit. */
  record Read(ObjectNode tree, boolean exponentBeyondLimit) {}

  /** Reads the object whose {@code START_OBJECT} is the parser's current token, to its end. */
  static Read object(JsonParser parser, int maxExponent) {
    TokenTree reader = new TokenTree(parser, maxExponent);
    ObjectNode tree = reader.object();
    return new Read(tree, reader.exponentBeyondLimit);
  }

  private ObjectNode object() {
    ObjectNode object = NODES.objectNode();
    String name;
    while ((name = parser.nextName()) != null) {
      object.set(name, value(parser.nextToken()));
    }
    return object;
  }

  private ArrayNode array() {
    ArrayNode array = NODES.arrayNode();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      array.add(value(token));
    }
    return array;
  }

  private JsonNode value(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return object();
      case START_ARRAY:
        return array();
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        return integer();
      case VALUE_NUMBER_FLOAT:
        return decimal();
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        // JSON text has no other value token; the mapper would fail on one too.
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  private JsonNode integer() {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  private JsonNode decimal() {
    BigDecimal value = parser.getDecimalValue();
    if (Math.abs(TreeLimits.exponent(value)) > maxExponent) {
      exponentBeyondLimit = true;
    }
    return NODES.numberNode(value);
  }
}
