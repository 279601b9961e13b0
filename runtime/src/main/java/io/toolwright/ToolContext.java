package io.toolwright;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Values the application supplies to {@link io.toolwright.annotation.Context @Context} parameters at execution time: the
 * signed-in customer, the tenant, a clock. Immutable; looked up by name.
 */
public final class ToolContext {

  private static final ToolContext EMPTY = new ToolContext(Map.of());

  private final Map<String, Object> values;

  private ToolContext(Map<String, Object> values) {
    this.values = values;
  }

  /** A context with no values, for tools without {@code @Context} parameters. */
  public static ToolContext empty() {
    return EMPTY;
  }

  /** A context with one value. */
  public static ToolContext of(String name, Object value) {
    return builder().put(name, value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The names of the values present. */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * The value of {@code name} as a {@code type}.
   *
   * @throws MissingContextException if the application supplied no such value, or one of another
   *     type
   */
  public <T> T require(String name, Class<T> type) {
    Object value = values.get(name);
    if (value == null) {
      throw new MissingContextException(
          name,
          "the application supplied no context value '" + name + "' (" + type.getName() + ")");
    }
    if (!type.isInstance(value)) {
      throw new MissingContextException(
          name,
          "context value '"
              + name
              + "' is a "
              + value.getClass().getName()
              + ", the tool needs a "
              + type.getName());
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    // Names only: context values are often credentials or personal data.
    return "ToolContext" + values.keySet();
  }

  /** Builds a {@link ToolContext}. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String name, Object value) {
      values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    public ToolContext build() {
      return new ToolContext(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
