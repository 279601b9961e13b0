package io.toolwright.mcp;

import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tools a test holds while a call runs: each says when it ran; {@link #hold} waits to go on. */
public class GateTools {
  final CountDownLatch holding = new CountDownLatch(1);
  final CountDownLatch letGo = new CountDownLatch(1);
  final CountDownLatch ran = new CountDownLatch(1);

  /** Waits until the test lets it go. */
  @Tool(effect = Effect.READ_ONLY)
  public String hold() throws InterruptedException {
    holding.countDown();
    try {
      return letGo.await(30, TimeUnit.SECONDS) ? "let go" : "never let go";
    } finally {
      ran.countDown();
    }
  }

  /** Runs at once. */
  @Tool(effect = Effect.READ_ONLY)
  public String pass() {
    ran.countDown();
    return "passed";
  }
}
