package io.toolwright.testkit.bfcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Where the tools {@link BfclJavaMapper} writes with this sink put the values their method
 * received, to compare with the arguments of the call.
 */
public final class ReceivedArguments {

  /** The sink's qualified name, for {@link BfclJavaMapper}. */
  public static final String SINK = ReceivedArguments.class.getName() + ".record";

  private static final List<Received> RECEIVED = Collections.synchronizedList(new ArrayList<>());

  private ReceivedArguments() {}

  /**
   * One call of a tool's method.
   *
   * @param values in parameter order; {@code null} for one left out
   */
  public record Received(String tool, List<Object> values) {}

  /** Called by the generated tools. */
  public static void record(String tool, Object[] values) {
    RECEIVED.add(new Received(tool, Collections.unmodifiableList(Arrays.asList(values.clone()))));
  }

  /** What was received since the last call, which forgets it. */
  public static List<Received> drain() {
    synchronized (RECEIVED) {
      List<Received> received = List.copyOf(RECEIVED);
      RECEIVED.clear();
      return received;
    }
  }
}
