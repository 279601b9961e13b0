package io.toolwright.processor.model;

import java.util.Optional;
import javax.lang.model.type.TypeKind;

/**
 * Java types that are one JSON value each, with the {@code JsonReaders} method that converts them.
 * The schema each maps to lives in the schema layer; this enum only says what the source declared.
 */
public enum Scalar {
  BOOLEAN("java.lang.Boolean", TypeKind.BOOLEAN, "bool"),
  BYTE("java.lang.Byte", TypeKind.BYTE, "byteValue"),
  SHORT("java.lang.Short", TypeKind.SHORT, "shortValue"),
  INT("java.lang.Integer", TypeKind.INT, "intValue"),
  LONG("java.lang.Long", TypeKind.LONG, "longValue"),
  FLOAT("java.lang.Float", TypeKind.FLOAT, "floatValue"),
  DOUBLE("java.lang.Double", TypeKind.DOUBLE, "doubleValue"),
  CHAR("java.lang.Character", TypeKind.CHAR, "character"),
  STRING("java.lang.String", null, "string"),
  BIG_DECIMAL("java.math.BigDecimal", null, "bigDecimal"),
  BIG_INTEGER("java.math.BigInteger", null, "bigInteger"),
  UUID("java.util.UUID", null, "uuid"),
  URI("java.net.URI", null, "uri"),
  INSTANT("java.time.Instant", null, "instant"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null, "offsetDateTime"),
  ZONED_DATE_TIME("java.time.ZonedDateTime", null, "zonedDateTime"),
  LOCAL_DATE("java.time.LocalDate", null, "localDate"),
  LOCAL_DATE_TIME("java.time.LocalDateTime", null, "localDateTime"),
  LOCAL_TIME("java.time.LocalTime", null, "localTime"),
  OFFSET_TIME("java.time.OffsetTime", null, "offsetTime"),
  DURATION("java.time.Duration", null, "duration"),
  PERIOD("java.time.Period", null, "period"),
  YEAR("java.time.Year", null, "year"),
  YEAR_MONTH("java.time.YearMonth", null, "yearMonth");

  private final String className;
  private final TypeKind primitive;
  private final String readerMethod;

  Scalar(String className, TypeKind primitive, String readerMethod) {
    this.className = className;
    this.primitive = primitive;
    this.readerMethod = readerMethod;
  }

  /** The qualified name of the class (the box, for primitives). */
  public String className() {
    return className;
  }

  /** The {@code io.toolwright.dispatch.JsonReaders} method that reads this scalar. */
  public String readerMethod() {
    return readerMethod;
  }

  /** Numbers, which take {@code @Min}, {@code @Max}, {@code @Positive} and the like. */
  public boolean isNumber() {
    return ordinal() >= BYTE.ordinal() && ordinal() <= DOUBLE.ordinal()
        || this == BIG_DECIMAL
        || this == BIG_INTEGER;
  }

  /** Points in time, which take {@code @Past}, {@code @Future} and the like. */
  public boolean isTemporal() {
    return ordinal() >= INSTANT.ordinal() && ordinal() <= OFFSET_TIME.ordinal()
        || this == YEAR
        || this == YEAR_MONTH;
  }

  static Optional<Scalar> forPrimitive(TypeKind kind) {
    for (Scalar scalar : values()) {
      if (scalar.primitive == kind) {
        return Optional.of(scalar);
      }
    }
    return Optional.empty();
  }

  static Optional<Scalar> forClass(String qualifiedName) {
    for (Scalar scalar : values()) {
      if (scalar.className.equals(qualifiedName)) {
        return Optional.of(scalar);
      }
    }
    return Optional.empty();
  }
}
