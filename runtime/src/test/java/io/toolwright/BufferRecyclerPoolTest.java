package io.toolwright;

import static io.toolwright.Results.call;
import static io.toolwright.Results.one;
import static io.toolwright.Results.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.json.JsonMapper;

/** The pool of Jackson buffers a registry parses arguments and writes results with is a choice. */
class BufferRecyclerPoolTest {

  private static final ToolContext CUSTOMER_42 = ToolContext.of("customer", 42L);

  @Test
  void theParserAndTheDefaultResultMapperTakeBuffersFromTheChosenPool() {
    CountingPool pool = new CountingPool(JsonRecyclerPools.newConcurrentDequePool());
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(new Billing()))
            .bufferRecyclerPool(pool)
            .build();

    ToolResult result = one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);

    assertThat(value(result).path("accountId").stringValue()).isEqualTo("AC-1");
    // One parser for the arguments' text, one generator for the result's bytes, at least.
    assertThat(pool.acquired).hasValueGreaterThanOrEqualTo(2);
    assertThat(pool.released).hasValue(pool.acquired.get());
  }

  @Test
  void aResultMapperGivenKeepsItsOwnPool() {
    CountingPool parserPool = new CountingPool(JsonRecyclerPools.newConcurrentDequePool());
    CountingPool mapperPool = new CountingPool(JsonRecyclerPools.newConcurrentDequePool());
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(BillingTools.bind(new Billing()))
            .bufferRecyclerPool(parserPool)
            .resultMapper(
                JsonMapper.builder(JsonFactory.builder().recyclerPool(mapperPool).build()).build())
            .build();

    one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);
    int parsing = parserPool.acquired.get();
    one(registry, call("get_balance", "{\"accountId\":\"AC-1\"}"), CUSTOMER_42);

    assertThat(mapperPool.acquired).hasValueGreaterThanOrEqualTo(2); // a result per call
    assertThat(parserPool.acquired).hasValue(2 * parsing); // the same parsing work per call
  }

  /** A real pool, counting what passes through it. */
  private static final class CountingPool implements RecyclerPool<BufferRecycler> {
    private final RecyclerPool<BufferRecycler> delegate;
    final AtomicInteger acquired = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();

    CountingPool(RecyclerPool<BufferRecycler> delegate) {
      this.delegate = delegate;
    }

    @Override
    public BufferRecycler acquirePooled() {
      acquired.incrementAndGet();
      return delegate.acquirePooled();
    }

    @Override
    public BufferRecycler acquireAndLinkPooled() {
      // Linked to this pool, not the delegate, so that the release comes back through here.
      return acquirePooled().withPool(this);
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
      released.incrementAndGet();
      delegate.releasePooled(recycler);
    }
  }
}
