package io.toolwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void computesOnFirstUseOnlyAndOnceAcrossThreads() throws Exception {
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazy<Object> lazy =
        new Lazy<>(
            () -> {
              computed.incrementAndGet();
              return new Object();
            });
    assertThat(computed).hasValue(0);

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> values = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        values.add(
            threads.submit(
                () -> {
                  start.await();
                  return lazy.get();
                }));
      }
      start.countDown();
      Object first = values.get(0).get();
      for (Future<Object> value : values) {
        assertThat(value.get()).isSameAs(first);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void returnsTheFirstValueOnEveryLaterUse() {
    AtomicInteger built = new AtomicInteger();
    Lazy<String> lazy = new Lazy<>(() -> "executor " + built.incrementAndGet());

    assertThat(built).hasValue(0);
    assertThat(lazy.get()).isEqualTo("executor 1");
    assertThat(lazy.get()).isEqualTo("executor 1");
  }

  @Test
  void aNullValueIsABug() {
    assertThatThrownBy(() -> new Lazy<>(() -> null).get())
        .isInstanceOf(NullPointerException.class);
  }
}
