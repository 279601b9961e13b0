package io.toolwright;

import java.util.Objects;

/**
 * How much JSON the executor accepts as one tool call's arguments. Arguments come from a model, and
 * a model can be steered by whatever text reached it (a web page, an email, a ticket), so they are
 * parsed as hostile input: every limit below is checked while parsing, before anything else looks
 * at the value, and a breach is an {@link ErrorCode#INVALID_JSON} error that names the limit.
 *
 * <p>The same limits apply to every way a {@link ToolCall} carries its arguments: JSON text ({@link
 * ToolCall#of(String, String, String)}, measured as UTF-8), bytes and an already-parsed tree
 * ({@link ToolCall#ofTree}, measured as its compact serialisation).
 *
 * <p>The defaults are chosen for tool arguments, which are small and flat, and are far tighter than
 * Jackson's general-purpose defaults (depth 500, strings of 20,000,000 characters, numbers of 1000
 * digits, unlimited documents). Toolwright never changes Jackson's global defaults: it builds its
 * own parser with these values.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxDepth}</td><td>64</td><td>Nested containers, the arguments object counting
 *       as 1. Generated schemas rarely nest beyond five levels; recursive types (a tree of
 *       categories) need more, 64 is ample. Parsing, the structural check, conversion and Bean
 *       Validation all recurse, so depth is stack.</td></tr>
 *   <tr><td>{@link #maxDocumentBytes}</td><td>1 MiB</td><td>UTF-8 bytes of the whole arguments.
 *       More than any model emits in one response (128k output tokens is about 512 KiB), and a
 *       bound on the memory and time one call costs before anything is checked.</td></tr>
 *   <tr><td>{@link #maxStringLength}</td><td>262,144 (256 Ki)</td><td>Characters (UTF-16 units, as
 *       {@code String.length()}) of one string value: room for a long email body or a source file,
 *       a quarter of the document.</td></tr>
 *   <tr><td>{@link #maxNumberLength}</td><td>100</td><td>Digits of one number, counting the
 *       fraction and exponent digits but not signs, {@code .} or {@code e}. A {@code long} has 19
 *       digits, a {@code double} 17 significant ones, SQL {@code DECIMAL} at most 38; parsing a big
 *       number costs more than linear time (a 1,000,000-digit number once took seconds).</td></tr>
 *   <tr><td>{@link #maxNameLength}</td><td>256</td><td>UTF-8 bytes of one property name (for ASCII
 *       names, characters). Parameter names are identifiers; map keys such as e-mail addresses
 *       (at most 254) still fit.</td></tr>
 *   <tr><td>{@link #maxExponent}</td><td>1000</td><td>Absolute decimal exponent of a number, as in
 *       {@code 1e400}. {@code 1e999999999} has 10 digits but, once a tool adds to it or converts it to
 *       a {@code BigInteger}, is a billion digits long; 1000 is beyond the range of {@code double}
 *       (about 1e308 to 4.9e-324).</td></tr>
 * </table>
 *
 * <p>Each limit is inclusive: a value exactly at the limit is accepted, one more is rejected.
 *
 * <p>A value: equal when every limit is. A final class rather than a record, so that it can gain
 * limits without breaking callers; make one with {@link #builder()} or {@link #defaults()}.
 */
public final class ParseLimits {

  /** The deepest nesting a registry may be configured with: checks recurse, so depth is stack. */
  public static final int DEPTH_CEILING = 1000;

  private static final ParseLimits DEFAULTS = new ParseLimits(64, 1 << 20, 1 << 18, 100, 256, 1000);

  private final int maxDepth;
  private final int maxDocumentBytes;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxExponent;

  ParseLimits(
      int maxDepth,
      int maxDocumentBytes,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxExponent) {
    if (maxDepth < 1 || maxDepth > DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxDepth must be between 1 and " + DEPTH_CEILING + ", got " + maxDepth);
    }
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxStringLength", maxStringLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxNameLength", maxNameLength);
    positive("maxExponent", maxExponent);
    this.maxDepth = maxDepth;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
    this.maxExponent = maxExponent;
  }

  /** The deepest nesting of objects and arrays, the arguments object being depth 1; 1 to 1000. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The largest size of the whole arguments, in UTF-8 bytes. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The longest string value, in UTF-16 characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The most digits in one number. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The longest property name, in UTF-8 bytes. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** The largest absolute decimal exponent of a number. */
  public int maxExponent() {
    return maxExponent;
  }

  /** The limits described in the class documentation. */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParseLimits that
        && maxDepth == that.maxDepth
        && maxDocumentBytes == that.maxDocumentBytes
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxNameLength == that.maxNameLength
        && maxExponent == that.maxExponent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDepth, maxDocumentBytes, maxStringLength, maxNumberLength, maxNameLength, maxExponent);
  }

  @Override
  public String toString() {
    return "ParseLimits[maxDepth="
        + maxDepth
        + ", maxDocumentBytes="
        + maxDocumentBytes
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxExponent="
        + maxExponent
        + "]";
  }

  /** Builds {@link ParseLimits}; every limit not set keeps its starting value. */
  public static final class Builder {
    private int maxDepth;
    private int maxDocumentBytes;
    private int maxStringLength;
    private int maxNumberLength;
    private int maxNameLength;
    private int maxExponent;

    private Builder(ParseLimits start) {
      maxDepth = start.maxDepth;
      maxDocumentBytes = start.maxDocumentBytes;
      maxStringLength = start.maxStringLength;
      maxNumberLength = start.maxNumberLength;
      maxNameLength = start.maxNameLength;
      maxExponent = start.maxExponent;
    }

    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    public Builder maxDocumentBytes(int value) {
      maxDocumentBytes = value;
      return this;
    }

    public Builder maxStringLength(int value) {
      maxStringLength = value;
      return this;
    }

    public Builder maxNumberLength(int value) {
      maxNumberLength = value;
      return this;
    }

    public Builder maxNameLength(int value) {
      maxNameLength = value;
      return this;
    }

    public Builder maxExponent(int value) {
      maxExponent = value;
      return this;
    }

    /**
     * @throws IllegalArgumentException if a limit is not positive or the depth exceeds {@link
     *     #DEPTH_CEILING}
     */
    public ParseLimits build() {
      return new ParseLimits(
          maxDepth, maxDocumentBytes, maxStringLength, maxNumberLength, maxNameLength, maxExponent);
    }
  }
}
