package io.toolwright.testkit.bfcl;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares what a tool's method received with the JSON arguments of the call: numbers numerically
 * ({@code 5} and {@code 5.0} are one value; a {@code double} equals the decimal it is the nearest
 * binary value of), strings and booleans exactly, lists element by element, records component by
 * component; a value left out or {@code null} as {@code null}.
 */
public final class ReceivedValues {

  private ReceivedValues() {}

  /** What differs, or {@code null} when the method received the call's values. */
  public static String difference(
      List<JavaParameter> parameters, JsonNode arguments, List<Object> received) {
    if (received.size() != parameters.size()) {
      return "received " + received.size() + " values for " + parameters.size() + " parameters";
    }
    for (int i = 0; i < parameters.size(); i++) {
      JavaParameter parameter = parameters.get(i);
      String difference =
          difference(
              parameter.type(),
              arguments.get(parameter.javaName()),
              received.get(i),
              "/" + parameter.javaName());
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }

  /**
   * The arguments with the Java names of parameters and record components, which are the property
   * names of the generated schema; they differ from BFCL's only where BFCL's is no Java identifier.
   */
  public static JsonNode javaNames(List<JavaParameter> parameters, JsonNode arguments) {
    if (!arguments.isObject()) {
      return arguments;
    }
    ObjectNode renamed = JsonNodeFactory.instance.objectNode();
    for (var entry : arguments.properties()) {
      JavaParameter parameter = null;
      for (JavaParameter p : parameters) {
        if (p.bfclName().equals(entry.getKey())) {
          parameter = p;
        }
      }
      if (parameter == null) {
        renamed.set(entry.getKey(), entry.getValue());
      } else {
        renamed.set(parameter.javaName(), javaNames(parameter.type(), entry.getValue()));
      }
    }
    return renamed;
  }

  private static JsonNode javaNames(JavaType type, JsonNode value) {
    if (type instanceof JavaType.RecordOf record) {
      return javaNames(record.components(), value);
    }
    if (type instanceof JavaType.ListOf list && value.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode();
      value.values().forEach(element -> array.add(javaNames(list.items(), element)));
      return array;
    }
    return value;
  }

  private static String difference(JavaType type, JsonNode json, Object received, String pointer) {
    if (json == null || json.isNull()) {
      return received == null ? null : pointer + ": nothing sent, received " + received;
    }
    if (received == null) {
      return pointer + ": " + json + " sent, received null";
    }
    boolean same;
    if (type instanceof JavaType.Scalar scalar) {
      same = sameScalar(scalar.kind(), json, received);
    } else if (type instanceof JavaType.EnumOf) {
      same =
          received instanceof Enum<?> constant
              && json.isString()
              && constant.name().equals(json.asString());
    } else if (type instanceof JavaType.ListOf list) {
      if (!(received instanceof List<?> values)
          || !json.isArray()
          || values.size() != json.size()) {
        same = false;
      } else {
        for (int i = 0; i < values.size(); i++) {
          String difference =
              difference(list.items(), json.get(i), values.get(i), pointer + "/" + i);
          if (difference != null) {
            return difference;
          }
        }
        same = true;
      }
    } else {
      return recordDifference((JavaType.RecordOf) type, json, received, pointer);
    }
    return same
        ? null
        : pointer
            + ": "
            + json
            + " sent, received "
            + received
            + " ("
            + received.getClass().getSimpleName()
            + ")";
  }

  private static boolean sameScalar(JavaType.Kind kind, JsonNode json, Object received) {
    switch (kind) {
      case STRING:
        return received instanceof String s && json.isString() && s.equals(json.asString());
      case CHAR:
        return received instanceof Character c
            && json.isString()
            && String.valueOf(c).equals(json.asString());
      case LONG:
        return received instanceof Long l
            && json.isNumber()
            && new BigDecimal(l).compareTo(json.decimalValue()) == 0;
      case DOUBLE:
        return received instanceof Double d
            && json.isNumber()
            && d == json.decimalValue().doubleValue();
      case BOOLEAN:
        return received instanceof Boolean b && json.isBoolean() && b == json.booleanValue();
      case DATE:
        return received instanceof LocalDate date
            && json.isString()
            && date.equals(LocalDate.parse(json.asString()));
      default:
        throw new AssertionError(kind);
    }
  }

  private static String recordDifference(
      JavaType.RecordOf record, JsonNode json, Object received, String pointer) {
    if (!json.isObject() || !received.getClass().isRecord()) {
      return pointer + ": " + json + " sent, received " + received;
    }
    for (JavaParameter component : record.components()) {
      Object value;
      try {
        RecordComponent accessor = null;
        for (RecordComponent c : received.getClass().getRecordComponents()) {
          if (c.getName().equals(component.javaName())) {
            accessor = c;
          }
        }
        if (accessor == null) {
          return pointer + ": the record has no component " + component.javaName();
        }
        value = accessor.getAccessor().invoke(received);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String difference =
          difference(
              component.type(),
              json.get(component.javaName()),
              value,
              pointer + "/" + component.javaName());
      if (difference != null) {
        return difference;
      }
    }
    return null;
  }
}
