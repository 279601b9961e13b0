package io.toolwright.sample;

import java.util.Objects;

/**
 * The signed-in customer. Tools receive it as a {@link io.toolwright.annotation.Context @Context} parameter,
 * from the application's session, never from the model.
 *
 * @param value the customer number, such as {@code C-1001}
 */
public record CustomerId(String value) {
  public CustomerId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
