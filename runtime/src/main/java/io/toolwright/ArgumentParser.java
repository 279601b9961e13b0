package io.toolwright;

import io.toolwright.ReadConstraints.Limit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a call's arguments into one JSON object within {@link ParseLimits}, or rejects the call
 * with {@link ErrorCode#INVALID_JSON}.
 *
 * <p>Every input form ends up as UTF-8 bytes parsed by one hardened parser: text is encoded by
 * {@link ToolCall}, and a tree is first walked (depth, size) and then serialised compactly and
 * parsed again, so a tree meets exactly the limits its JSON text would. Re-parsing also gives the
 * rest of the executor one representation: numbers with a fraction or exponent are exact {@code
 * BigDecimal}s whatever the provider's SDK built.
 *
 * <p>Beyond the limits: duplicate property names are rejected (which value would the model have
 * meant?), as is anything after the object, and the root must be an object. Empty or
 * whitespace-only arguments count as {@code {}}, because some providers send an empty string for a
 * tool without parameters; the schema check still rejects them when a property is required. So do
 * bytes that hold no JSON value at all (a byte-order mark and spaces), as an SDK's missing node
 * does.
 */
final class ArgumentParser {

  /** How much of a token Jackson may quote in its own message. */
  private static final int ERROR_TOKEN_LENGTH = 40;

  /** How much of Jackson's message an error repeats. */
  private static final int MESSAGE_LIMIT = 160;

  private final ParseLimits limits;
  private final JsonFactory factory;
  /** Built on first use: only a tree from outside needs it, and a JsonMapper costs a cold JVM. */
  private final Lazy<JsonMapper> mapper;

  ArgumentParser(ParseLimits limits) {
    // Jackson 3's default pool of parser buffers is one deque shared by every thread, on which
    // threads executing calls at once contend; a pool per thread has no contention.
    this(limits, JsonRecyclerPools.threadLocalPool());
  }

  ArgumentParser(ParseLimits limits, RecyclerPool<BufferRecycler> pool) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .recyclerPool(pool)
            .streamReadConstraints(new ReadConstraints(limits))
            // A tree is written back before it is parsed: as deep as may be read (Jackson's
            // default for writing is 500, and maxDepth may be up to DEPTH_CEILING).
            .streamWriteConstraints(
                StreamWriteConstraints.builder().maxNestingDepth(limits.maxDepth()).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Excerpts are ours (Excerpts.around); Jackson must not quote the input at length.
            .errorReportConfiguration(
                ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(ERROR_TOKEN_LENGTH)
                    .maxRawContentLength(0)
                    .build())
            .build();
    // Trees are built by TokenTree, which makes the nodes these settings describe.
    this.mapper = new Lazy<>(new TreeWriting(factory));
  }

  /**
   * Builds the mapper that writes a tree from outside back to bytes. A class, not a lambda: a
   * lambda's method type names {@code JsonMapper}, and resolving it when the parser is made would
   * load the mapper's classes into every JVM that parses text only.
   */
  private static final class TreeWriting implements Supplier<JsonMapper> {
    private final JsonFactory factory;

    TreeWriting(JsonFactory factory) {
      this.factory = factory;
    }

    @Override
    public JsonMapper get() {
      return JsonMapper.builder(factory)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          // Checked in parseTree, with a message of our own.
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
    }
  }

  /**
   * The call's arguments as an object, checked against every limit.
   *
   * @throws Rejection with {@link ErrorCode#INVALID_JSON}
   */
  ObjectNode parse(ToolCall call) {
    JsonNode tree = call.argumentTree();
    return tree != null ? parseTree(tree) : parseBytes(call.argumentBytesForParsing(), true);
  }

  private ObjectNode parseTree(JsonNode tree) {
    if (tree.isMissingNode()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      TreeLimits.checkShape(tree, limits);
    } catch (TreeLimits.Breach breach) {
      throw breach(breach.limit(), breach.pointer(), null, Excerpts.of(breach.node()));
    }
    BoundedOutput out = new BoundedOutput(limits.maxDocumentBytes());
    try {
      mapper.get().writeValue(out, tree);
    } catch (RuntimeException e) {
      // JacksonException for a failed write, anything else from a node that serialises itself.
      if (out.overflowed) {
        throw breach(Limit.DOCUMENT, "", null, null);
      }
      throw invalidJson(
          "The arguments tree could not be written as JSON ("
              + e.getClass().getSimpleName()
              + "). Send the arguments as one JSON object.",
          new ArgumentProblem("", "a JSON object", null));
    }
    // Line and column would point into text the model never wrote; the pointer says where.
    return parseBytes(out.toByteArray(), false);
  }

  private ObjectNode parseBytes(byte[] json, boolean located) {
    if (json.length > limits.maxDocumentBytes()) {
      // Checked here, before any parsing: Jackson measures byte arrays only when it loads them.
      throw breach(Limit.DOCUMENT, "", null, Excerpts.around(json, 0));
    }
    int malformed = StrictUtf8.firstMalformed(json);
    if (malformed >= 0) {
      throw invalidJson(
          "The arguments are not well-formed UTF-8"
              + (located ? where(json, malformed) : "")
              + ". Send the arguments again as UTF-8; overlong forms and code points beyond"
              + " U+10FFFF are refused.",
          new ArgumentProblem("", "well-formed UTF-8", Excerpts.around(json, malformed)));
    }
    if (isBlank(json)) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonParser parser;
    try {
      // From the factory, not the mapper: TokenTree needs no databind context, which the mapper
      // would make for every parser.
      parser = factory.createParser(ObjectReadContext.empty(), json);
    } catch (JacksonException e) {
      // Jackson detects the encoding here and refuses some byte patterns (UTF-32 in an unusual
      // byte order) before the first token.
      throw invalidJson(
          "The arguments are not valid JSON: "
              + Excerpts.text(e.getOriginalMessage(), MESSAGE_LIMIT)
              + ". Send the arguments again as one well-formed JSON object.",
          new ArgumentProblem("", "well-formed JSON", Excerpts.around(json, 0)));
    }
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        // No value, though not blank ASCII: a byte-order mark and spaces, or whitespace in an
        // encoding Jackson detects (UTF-16, UTF-32). Blank, like an SDK's missing node: {}.
        return JsonNodeFactory.instance.objectNode();
      }
      if (first != JsonToken.START_OBJECT) {
        throw notAnObject(first, json);
      }
      TokenTree.Read read = TokenTree.object(parser, limits.maxExponent());
      ObjectNode arguments = read.tree();
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw invalidJson(
            "The arguments continue after the closing '}'"
                + (located ? where(at) : "")
                + ". Send exactly one JSON object.",
            new ArgumentProblem(
                "", "nothing after the arguments object", Excerpts.around(json, offset(at))));
      }
      if (read.exponentBeyondLimit()) {
        // The walk finds the first such number in document order, and its pointer.
        try {
          TreeLimits.checkExponents(arguments, limits);
        } catch (TreeLimits.Breach breach) {
          throw breach(breach.limit(), breach.pointer(), null, Excerpts.of(breach.node()));
        }
      }
      UnpairedSurrogates.Found unpaired =
          UnpairedSurrogates.possibleIn(json) ? UnpairedSurrogates.in(arguments) : null;
      if (unpaired != null) {
        throw invalidJson(
            "The arguments are not valid JSON: a string holds an unpaired UTF-16 surrogate escape"
                + " at "
                + Excerpts.text(unpaired.pointer(), Excerpts.LIMIT)
                + ". Send text as whole Unicode characters.",
            new ArgumentProblem(
                unpaired.pointer(), "whole Unicode characters", Excerpts.of(unpaired.node())));
      }
      return arguments;
    } catch (ReadConstraints.Exceeded e) {
      TokenStreamLocation at = location(e, parser);
      throw breach(
          e.limit(), pointer(parser), located ? at : null, Excerpts.around(json, offset(at)));
    } catch (NumberFormatException e) {
      // Jackson bounds a number's digits, not its exponent, and fails to make a BigDecimal of one
      // whose exponent does not fit an int (1e2147483648) with this, not a JacksonException. The
      // syntax was checked already: it breaks the exponent limit, which is an int.
      TokenStreamLocation at = parser.currentTokenLocation();
      throw breach(
          Limit.EXPONENT,
          pointer(parser),
          located ? at : null,
          Excerpts.around(json, offset(at)));
    } catch (JacksonException e) {
      TokenStreamLocation at = location(e, parser);
      String reason = Excerpts.text(e.getOriginalMessage(), MESSAGE_LIMIT);
      String expected =
          reason.startsWith("Duplicate")
              ? "each property name at most once per object"
              : "well-formed JSON";
      throw invalidJson(
          "The arguments are not valid JSON: "
              + reason
              + (located ? where(at) : "")
              + ". Send the arguments again as one well-formed JSON object.",
          new ArgumentProblem(pointer(parser), expected, Excerpts.around(json, offset(at))));
    } finally {
      parser.close();
    }
  }

  private Rejection breach(Limit limit, String pointer, TokenStreamLocation at, String excerpt) {
    return invalidJson(
        "The arguments break a parsing limit: expected "
            + limit.expected(limits)
            // The pointer is made of the model's names: quoted single-line and bounded. The
            // problem's pointer stays exact.
            + (pointer.isEmpty()
                ? ""
                : " at " + Excerpts.text(pointer, Excerpts.LIMIT))
            + where(at)
            + ". Send the arguments again within the limit.",
        new ArgumentProblem(pointer, limit.expected(limits), excerpt));
  }

  private static Rejection notAnObject(JsonToken first, byte[] json) {
    return invalidJson(
        "The arguments must be a JSON object, not "
            + describe(first)
            + ". Send them as one object, such as {\"name\": \"value\"}.",
        new ArgumentProblem("", "a JSON object", Excerpts.around(json, 0)));
  }

  private static Rejection invalidJson(String message, ArgumentProblem problem) {
    return Rejection.of(ErrorCode.INVALID_JSON, message, List.of(problem));
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return "'" + token.asString() + "'";
    }
  }

  private static boolean isBlank(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String pointer(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException unavailable) {
      return "";
    }
  }

  private static TokenStreamLocation location(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    return at != null && at != TokenStreamLocation.NA ? at : parser.currentLocation();
  }

  private static long offset(TokenStreamLocation at) {
    if (at == null) {
      return 0;
    }
    return at.getByteOffset() >= 0 ? at.getByteOffset() : Math.max(0, at.getCharOffset());
  }

  /** Line and column (both from 1, the column in bytes) of a byte offset. */
  private static String where(byte[] json, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (json[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return " (line " + line + ", column " + (offset - lineStart + 1) + ")";
  }

  private static String where(TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** Collects serialised bytes until the limit, then refuses, so a huge tree is never copied. */
  private static final class BoundedOutput extends OutputStream {
    private final ByteArrayOutputStream bytes;
    private final int limit;
    private boolean overflowed;

    BoundedOutput(int limit) {
      this.bytes = new ByteArrayOutputStream(Math.min(limit, 8192));
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      ensureRoom(1);
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      ensureRoom(len);
      bytes.write(b, off, len);
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }

    private void ensureRoom(int len) throws IOException {
      if (bytes.size() + (long) len > limit) {
        overflowed = true;
        // Jackson wraps it in a JacksonException, which parseTree catches.
        throw new IOException("the arguments exceed " + limit + " bytes");
      }
    }
  }
}
