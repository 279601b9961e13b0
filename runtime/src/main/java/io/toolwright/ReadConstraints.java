package io.toolwright;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's {@link StreamReadConstraints} set from {@link ParseLimits}, reporting <em>which</em>
 * limit a document broke. Jackson says so only in prose; overriding its {@code validate*} hooks
 * lets the executor name the limit from a typed value instead of matching message text.
 */
final class ReadConstraints extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  /** One of the {@link ParseLimits}, with the words an error uses for it. */
  enum Limit {
    DEPTH {
      @Override
      String expected(ParseLimits limits) {
        return "at most " + limits.maxDepth() + " levels of nested objects and arrays";
      }
    },
    DOCUMENT {
      @Override
      String expected(ParseLimits limits) {
        return "arguments of at most " + limits.maxDocumentBytes() + " bytes (UTF-8)";
      }
    },
    STRING {
      @Override
      String expected(ParseLimits limits) {
        return "a string of at most " + limits.maxStringLength() + " characters";
      }
    },
    NUMBER {
      @Override
      String expected(ParseLimits limits) {
        return "a number of at most " + limits.maxNumberLength() + " digits";
      }
    },
    NAME {
      @Override
      String expected(ParseLimits limits) {
        return "a property name of at most " + limits.maxNameLength() + " bytes (UTF-8)";
      }
    },
    EXPONENT {
      @Override
      String expected(ParseLimits limits) {
        return "a number whose decimal exponent is between -"
            + limits.maxExponent()
            + " and "
            + limits.maxExponent();
      }
    };

    /** What the limit allows, as the {@code expected} of an {@link ArgumentProblem}. */
    abstract String expected(ParseLimits limits);
  }

  /** A document broke {@link #limit()}. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;

    Exceeded(Limit limit, StreamConstraintsException jacksonReport) {
      super(jacksonReport.getOriginalMessage(), jacksonReport.getLocation());
      this.limit = limit;
    }

    Limit limit() {
      return limit;
    }
  }

  ReadConstraints(ParseLimits limits) {
    super(
        limits.maxDepth(),
        limits.maxDocumentBytes(),
        // Token count: no separate limit; the document size bounds it.
        StreamReadConstraints.defaults().getMaxTokenCount(),
        limits.maxNumberLength(),
        limits.maxStringLength(),
        limits.maxNameLength());
  }

  @Override
  public void validateNestingDepth(int depth) {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.DEPTH, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.DOCUMENT, e);
    }
  }

  @Override
  public void validateFPLength(int length) {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NUMBER, e);
    }
  }

  @Override
  public void validateIntegerLength(int length) {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NUMBER, e);
    }
  }

  @Override
  public void validateStringLength(int length) {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.STRING, e);
    }
  }

  @Override
  public void validateStringLengthLong(long length) {
    try {
      super.validateStringLengthLong(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.STRING, e);
    }
  }

  @Override
  public void validateNameLength(int length) {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NAME, e);
    }
  }
}
