package io.toolwright.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/**
 * A call prepared by code generated for API 5 (values and the generated invoker, no lambda) runs
 * like one prepared with a lambda by older generated code.
 */
class PreparedCallTest {

  /** Shaped like a generated {@code Invoker}: calls the method, writes the result. */
  private static final class Invoker implements MethodCaller, JsonWriters.Writer<Object> {
    final List<List<Object>> calls = new ArrayList<>();

    @Override
    public Object call(Object[] values) {
      calls.add(Arrays.asList(values));
      return (String) values[0] + (int) values[1];
    }

    @Override
    public void write(JsonGenerator json, Object value) {
      json.writeString((String) value);
    }
  }

  @Test
  void callingPassesTheValuesInOrderOnlyWhenInvoked() throws Exception {
    Invoker invoker = new Invoker();
    Object arguments = new Object();
    PreparedCall call = PreparedCall.calling(arguments, invoker, "a", 1);

    assertThat(invoker.calls).isEmpty();
    assertThat(call.arguments()).isSameAs(arguments);
    assertThat(call.returnsVoid()).isFalse();
    assertThat(call.resultWriter()).isNull();
    assertThat(call.invoke()).isEqualTo("a1");
    assertThat(invoker.calls).containsExactly(List.of("a", 1));
  }

  @Test
  void callingWrittenCarriesTheInvokerAsTheResultWriter() throws Exception {
    Invoker invoker = new Invoker();
    PreparedCall call = PreparedCall.callingWritten(null, invoker, invoker, "b", 2);

    assertThat(call.arguments()).isNull();
    assertThat(call.resultWriter()).isSameAs(invoker);
    assertThat(call.invoke()).isEqualTo("b2");
  }

  @Test
  void callingVoidReturnsVoid() throws Exception {
    Invoker invoker = new Invoker();
    PreparedCall call = PreparedCall.callingVoid(null, invoker, "c", 3);

    assertThat(call.returnsVoid()).isTrue();
    call.invoke();
    assertThat(invoker.calls).containsExactly(List.of("c", 3));
  }

  @Test
  void aLambdaFromOlderGeneratedCodeStillRuns() throws Exception {
    PreparedCall call = PreparedCall.returning(null, () -> "old");

    assertThat(call.invoke()).isEqualTo("old");
    assertThat(call.returnsVoid()).isFalse();
  }
}
