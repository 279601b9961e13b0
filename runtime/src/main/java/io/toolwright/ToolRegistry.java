package io.toolwright;

import io.toolwright.dispatch.ToolBinding;
import io.toolwright.spi.ExecutionListener;
import io.toolwright.spi.ResultSerializer;
import io.toolwright.spi.ToolPermissions;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools an application offers a model, and the executor of the calls the model returns. An
 * immutable value: build one per configuration, share it between threads.
 *
 * <pre>{@code
 * ToolRegistry registry = ToolRegistry.of(BillingServiceTools.bind(billing));
 * String tools = registry.definitions(Dialect.OPENAI_CHAT_STRICT).json();  // what to send
 * List<ToolResult> results = registry.execute(calls, context);  // what to send back
 *
 * ToolRegistry tuned = ToolRegistry.builder()
 *     .addAll(BillingServiceTools.bind(billing), TicketServiceTools.bind(tickets))
 *     .parseLimits(ParseLimits.builder().maxStringLength(16_384).build())
 *     .build();
 * }</pre>
 *
 * <p>How one call is executed, and what each failure looks like, is described in the {@linkplain
 * io.toolwright package documentation}.
 */
public final class ToolRegistry {

  private final List<ToolDefinition> definitions;

  /**
   * Each dialect's rendering, made on first request and reused, at the dialect's {@link
   * Dialect#ordinal()}. A list, not an {@code EnumMap}: that reads the enum's constants
   * reflectively, loading reflection classes on the way to the definitions.
   */
  private final List<Lazy<RenderedTools>> rendered;

  /** The build's renderings of the sets' tools, when their resources are on the class path. */
  private final BuildRecords build;

  /**
   * Built on the first {@link #execute}: the parser, Hibernate Validator and Jackson's mapper cost a
   * cold JVM about half a second, which an application that only lists its tools need not pay.
   * Hibernate Validator is started for the classes the tool sets name ({@link ValidationScope}).
   */
  private final Lazy<BatchRunner> executor;

  /**
   * The policy set on the builder; {@code null} for {@link ExecutionPolicy#defaults()}, taken when
   * calls run, so that a registry that only lists its tools loads no policy classes.
   */
  private final ExecutionPolicy policy;

  private ToolRegistry(Builder builder) {
    Map<String, ToolBinding> tools = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    BuildRecords build = BuildRecords.of(builder.sets);
    this.build = build;
    for (ToolSet set : builder.sets) {
      for (ToolBinding binding : set.bindings()) {
        String name = binding.definition().name();
        String earlier = sources.putIfAbsent(name, set.source());
        if (earlier != null) {
          throw new IllegalArgumentException(
              "two tools are named '"
                  + name
                  + "': one from "
                  + earlier
                  + ", one from "
                  + set.source()
                  + ". Give one of them another @Tool(name = ...).");
        }
        if (!build.records(binding.definition())) {
          // The processor resolved the references of the tools it recorded; parse only the others.
          SchemaReferences.requireResolvable(binding.definition());
        }
        tools.put(name, binding);
      }
    }
    Map<String, RetiredTool> retired = retiredTools(builder.sets, sources);
    // A loop, not a stream: the first stream of a JVM loads ~40 classes, on the path to definitions.
    List<ToolDefinition> all = new ArrayList<>(tools.size());
    for (ToolBinding binding : tools.values()) {
      all.add(binding.definition());
    }
    this.definitions = List.copyOf(all);
    List<Lazy<RenderedTools>> byDialect = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      byDialect.add(new Lazy<>(new Rendering(dialect, definitions, build)));
    }
    this.rendered = List.copyOf(byDialect);
    this.policy = builder.policy;
    this.executor =
        new Lazy<>(
            new ExecutorStart(
                Collections.unmodifiableMap(tools),
                builder.parseLimits,
                builder.validator,
                List.copyOf(builder.sets),
                builder.results,
                builder.listener,
                builder.bufferRecyclerPool,
                builder.policy,
                retired));
  }

  /*
   * The two suppliers below are classes, not lambdas: a lambda is a class the JVM spins on the
   * registry's first build (about a millisecond each in a cold JVM), and a capturing lambda's
   * method type loads the class of every value it captures (the validator's, Jackson's recycler
   * pool's ...) on the way to the definitions.
   */

  /** Renders the registry's tools in one dialect. */
  private static final class Rendering implements Supplier<RenderedTools> {
    private final Dialect dialect;
    private final List<ToolDefinition> definitions;
    private final BuildRecords build;

    Rendering(Dialect dialect, List<ToolDefinition> definitions, BuildRecords build) {
      this.dialect = dialect;
      this.definitions = definitions;
      this.build = build;
    }

    @Override
    public RenderedTools get() {
      return RenderedTools.of(dialect, definitions, build);
    }
  }

  /** Starts what executes calls, with the builder's choices or their defaults. */
  private static final class ExecutorStart implements Supplier<BatchRunner> {
    private final Map<String, ToolBinding> bindings;
    /** null for the default, resolved here. */
    private final ParseLimits limits;
    private final Validator validator;
    private final List<ToolSet> sets;
    private final ResultWriter chosen;
    /** null for the default, resolved here. */
    private final ExecutionListener listener;
    /** null for the default, resolved here: Jackson stays unloaded until a call. */
    private final RecyclerPool<BufferRecycler> given;
    /** null for the default, resolved here. */
    private final ExecutionPolicy policy;
    private final Map<String, RetiredTool> retired;

    ExecutorStart(
        Map<String, ToolBinding> bindings,
        ParseLimits limits,
        Validator validator,
        List<ToolSet> sets,
        ResultWriter chosen,
        ExecutionListener listener,
        RecyclerPool<BufferRecycler> given,
        ExecutionPolicy policy,
        Map<String, RetiredTool> retired) {
      this.bindings = bindings;
      this.limits = limits;
      this.validator = validator;
      this.sets = sets;
      this.chosen = chosen;
      this.listener = listener;
      this.given = given;
      this.policy = policy;
      this.retired = retired;
    }

    @Override
    public BatchRunner get() {
      RecyclerPool<BufferRecycler> pool =
          given != null ? given : JsonRecyclerPools.threadLocalPool();
      // The default result mapper is built on first use, not here (Defaults).
      return new BatchRunner(
          new CallExecutor(
              bindings,
              new ArgumentParser(limits != null ? limits : ParseLimits.defaults(), pool),
              validator != null
                  ? new ConstraintViolations(validator)
                  : ValidationScope.of(sets).defaultConstraintViolations(),
              chosen != null ? chosen : Defaults.resultWriter(pool),
              listener != null ? listener : ExecutionListener.logging(),
              retired),
          policy != null ? policy : ExecutionPolicy.defaults());
    }
  }

  /**
   * The retired tools of every set by name. A retired name that another set still has as a tool is
   * a contradiction the application must resolve, as two tools of one name are.
   */
  private static Map<String, RetiredTool> retiredTools(List<ToolSet> sets, Map<String, String> liveSources) {
    Map<String, RetiredTool> retired = new LinkedHashMap<>();
    for (ToolSet set : sets) {
      for (RetiredTool tool : set.retired()) {
        String live = liveSources.get(tool.name());
        if (live != null) {
          throw new IllegalArgumentException(
              "'" + tool.name() + "' is a tool of " + live + " and declared retired by " + set.source()
                  + ". Remove the @RetiredTool declaration, or the tool.");
        }
        retired.putIfAbsent(tool.name(), tool);
      }
    }
    return Collections.unmodifiableMap(retired);
  }

  /** Shared defaults, created on first use; all are immutable and thread-safe. */
  private static final class Defaults {
    /** Buffers recycled per thread, as the parser's are (see {@code ArgumentParser}). */
    static final JsonFactory RESULT_FACTORY = factoryWith(JsonRecyclerPools.threadLocalPool());

    /**
     * Built on first use: a JsonMapper costs a cold JVM more than the rest of a call, and results
     * with a generated writer never need it.
     */
    static final Lazy<ObjectMapper> RESULT_MAPPER =
        new Lazy<>(new DefaultMapper(RESULT_FACTORY));

    /** The shared factory and mapper for the default pool; ones of its own for another pool. */
    static ResultWriter resultWriter(RecyclerPool<BufferRecycler> pool) {
      if (pool == JsonRecyclerPools.threadLocalPool()) {
        return ResultWriter.defaults(RESULT_FACTORY, RESULT_MAPPER);
      }
      JsonFactory factory = factoryWith(pool);
      return ResultWriter.defaults(factory, new Lazy<>(new DefaultMapper(factory)));
    }

    private static JsonFactory factoryWith(RecyclerPool<BufferRecycler> pool) {
      return JsonFactory.builder().recyclerPool(pool).build();
    }
  }

  /**
   * Builds the default result mapper. A class, not a lambda: resolving a lambda's method type,
   * which names the mapper's class, would load the mapper's classes with the registry's executor,
   * and a call with a generated result writer never needs them.
   */
  private static final class DefaultMapper implements Supplier<JsonMapper> {
    private final JsonFactory factory;

    DefaultMapper(JsonFactory factory) {
      this.factory = factory;
    }

    // JsonMapper, not ObjectMapper: verifying a method that returns one as the other loads both.
    @Override
    public JsonMapper get() {
      return JsonMapper.builder(factory).build();
    }
  }

  /**
   * A registry of the given tool sets with default options.
   *
   * @throws IllegalArgumentException if two tools have the same name
   */
  public static ToolRegistry of(ToolSet... sets) {
    return builder().addAll(sets).build();
  }

  /** A builder for a registry with options. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every tool's definition, in registration order. */
  public List<ToolDefinition> definitions() {
    return definitions;
  }

  /**
   * The tools the principal in {@code context} may use ({@link
   * ExecutionPolicy.Builder#permissions}), in registration order: what to offer a model acting for
   * that principal. A tool left out here is refused by {@code execute} too.
   *
   * @throws RuntimeException whatever the application's permission check throws
   */
  public List<ToolDefinition> definitions(ToolContext context) {
    Objects.requireNonNull(context, "context");
    ToolPermissions permissions =
        policy != null ? policy.permissions() : ExecutionPolicy.defaults().permissions();
    return definitions.stream().filter(tool -> permissions.mayUse(context, tool)).toList();
  }

  /**
   * The tools the principal in {@code context} may use, in a provider's format. Rendered on each
   * request (the whole registry's rendering, {@link #definitions(Dialect)}, is the one kept).
   */
  public RenderedTools definitions(Dialect dialect, ToolContext context) {
    Objects.requireNonNull(dialect, "dialect");
    List<ToolDefinition> permitted = definitions(context);
    return permitted.size() == definitions.size()
        ? definitions(dialect)
        : RenderedTools.of(dialect, permitted, build);
  }

  /**
   * Every tool in a provider's format, ready to send; rendered on the first request for the
   * dialect and reused after, by the same functions that wrote the build's renderings.
   *
   * @throws IllegalStateException if the dialect rejects a tool and has no relaxed form for it;
   *     a build that selects the dialect ({@code -Atoolwright.dialects}, all by default) reports
   *     that at the source instead
   */
  public RenderedTools definitions(Dialect dialect) {
    return rendered.get(Objects.requireNonNull(dialect, "dialect").ordinal()).get();
  }

  /**
   * Executes the calls of one model response, returning one result per call, in call order, each
   * with its call's id. A failing call, whether rejected or failed in the tool, does not affect the
   * others. Unless the registry's {@link ExecutionPolicy} has an executor, calls run one after
   * another on the calling thread; with one, consecutive read-only calls run in parallel and each
   * write alone, in the model's order (see {@link #executeAsync(List, ToolContext, Conversation)}).
   *
   * <p>The calls are a conversation of their own: the per-conversation caps and the attempts
   * counted across responses apply within this one response only. Pass a {@link Conversation} to
   * {@link #execute(List, ToolContext, Conversation)} to count across responses.
   *
   * <p>Never throws because of a call, a tool or the application's code that runs before it
   * (an arguments record's constructor, a custom constraint validator), with one exception: a
   * {@link VirtualMachineError} other than {@link StackOverflowError} (such as {@link
   * OutOfMemoryError}) propagates. Why a call failed, with the whole exception, goes to the
   * registry's {@link ExecutionListener}.
   *
   * <p>Each call starts with the thread's interrupt flag clear, so that a tool that was interrupted
   * (or an interrupt from before {@code execute}) does not fail the calls after it; if the flag was
   * set before {@code execute}, or a call set it, it is set again when {@code execute} returns. An
   * interrupt from a time-out is not: it was meant for the tool.
   *
   * @param calls the calls, as the model made them
   * @param context the application's values for {@link io.toolwright.annotation.Context @Context} parameters; {@link
   *     ToolContext#empty()} when there are none
   * @throws NullPointerException if {@code calls}, one of its elements or {@code context} is null;
   *     nothing has run then
   */
  public List<ToolResult> execute(List<ToolCall> calls, ToolContext context) {
    return execute(calls, context, Conversation.create());
  }

  /**
   * Like {@link #execute(List, ToolContext)}, counting the calls and their failures in {@code
   * conversation}: its caps per tool and in total, and a call that failed in an earlier response
   * and is made again with the same arguments has only the attempts left over.
   *
   * @throws NullPointerException if an argument or one of the calls is null; nothing has run then
   */
  public List<ToolResult> execute(
      List<ToolCall> calls, ToolContext context, Conversation conversation) {
    List<ToolCall> batch = checked(calls, context, conversation);
    boolean interrupted = Thread.interrupted();
    BatchRunner.Run run = null;
    try {
      run = executor.get().startAndWait(batch, context, conversation);
      return run.await();
    } catch (CompletionException e) {
      // Only a VirtualMachineError reaches here (the runner answers everything else).
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    } finally {
      if (Thread.interrupted() || interrupted || (run != null && run.originInterrupted())) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Starts the calls of one model response and returns when they are under way: the form for
   * applications that must not block (a reactive server, a model loop with its own scheduler). The
   * stage completes with one result per call, in call order, each with its call's id; it completes
   * exceptionally only with a {@link VirtualMachineError} such as {@link OutOfMemoryError}.
   *
   * <p>Every call is checked and counted on the calling thread before this returns; a call refused
   * by a check or a cap never runs. The rest run on the policy's executor: consecutive read-only
   * calls in parallel (at most {@link ExecutionPolicy.Builder#maxParallelReads} at once), each
   * write or destructive call alone, after everything before it has ended and before anything
   * after it starts. Without an executor they run on the calling thread before this returns, and
   * the stage is complete.
   *
   * @throws NullPointerException if an argument or one of the calls is null; nothing has run then
   */
  public CompletionStage<List<ToolResult>> executeAsync(
      List<ToolCall> calls, ToolContext context, Conversation conversation) {
    List<ToolCall> batch = checked(calls, context, conversation);
    BatchRunner.Run run = executor.get().start(batch, context, conversation);
    if (run.originInterrupted()) {
      // A call that ran on this thread found the flag set, or set it: keep it set, as execute does.
      Thread.currentThread().interrupt();
    }
    CompletableFuture<List<ToolResult>> done = run.done();
    // A copy, so a caller completing or cancelling it cannot answer calls in the runner's place.
    return done.copy();
  }

  /** {@link #executeAsync(List, ToolContext, Conversation)} in a conversation of its own. */
  public CompletionStage<List<ToolResult>> executeAsync(List<ToolCall> calls, ToolContext context) {
    return executeAsync(calls, context, Conversation.create());
  }

  private static List<ToolCall> checked(
      List<ToolCall> calls, ToolContext context, Conversation conversation) {
    Objects.requireNonNull(calls, "calls");
    Objects.requireNonNull(
        context, "context: pass ToolContext.empty() when no tool needs @Context values");
    Objects.requireNonNull(conversation, "conversation");
    try {
      // An immutable copy; a List.of(...) is one already and is not copied again.
      return List.copyOf(calls);
    } catch (NullPointerException e) {
      int i = 0;
      for (ToolCall call : calls) {
        if (call == null) {
          throw new NullPointerException("calls[" + i + "] is null");
        }
        i++;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "ToolRegistry" + definitions.stream().map(ToolDefinition::name).toList();
  }

  /**
   * Builds a {@link ToolRegistry}. Not thread-safe; the registry it builds is. An option left unset
   * is {@code null} here and its default is taken where it is used, so that a registry that only
   * lists its tools does not load the classes of defaults only execution needs.
   */
  public static final class Builder {
    private final List<ToolSet> sets = new ArrayList<>();
    private ParseLimits parseLimits;
    private Validator validator;
    private ResultWriter results;
    private ExecutionListener listener;
    /** {@code null} for the default, {@link JsonRecyclerPools#threadLocalPool()}. */
    private RecyclerPool<BufferRecycler> bufferRecyclerPool;
    private ExecutionPolicy policy;

    private Builder() {}

    /** Adds the tools of each set, in order. */
    public Builder addAll(ToolSet... toolSets) {
      for (ToolSet set : toolSets) {
        sets.add(Objects.requireNonNull(set, "tool set"));
      }
      return this;
    }

    /** Adds the tools of each set, in iteration order: {@code addAll(desk.toolSets())}. */
    public Builder addAll(Collection<? extends ToolSet> toolSets) {
      for (ToolSet set : toolSets) {
        sets.add(Objects.requireNonNull(set, "tool set"));
      }
      return this;
    }

    /** The limits for parsing arguments; {@link ParseLimits#defaults()} unless set. */
    public Builder parseLimits(ParseLimits limits) {
      this.parseLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The Bean Validation validator for arguments, for example the application's own with custom
     * constraints or message bundles. Unless set, the registry builds, per generated tool set, a
     * Hibernate Validator for exactly the classes the set names ({@link ToolSet#validating};
     * Hibernate Validator's predefined scope, less than its regular bootstrap in a cold JVM), and none
     * at all when no tool has a constraint; it refuses, as an application error, to check an
     * object of any other class. When a set does not name its classes (made by hand, or by an
     * older processor), it is one regular Hibernate Validator shared by such registries. Either
     * interpolates with {@code ParameterMessageInterpolator}, which needs no Expression Language
     * on the classpath, and in either {@code @Size}, {@code @Length} and {@code @NotBlank} on strings mean what the schema
     * says: lengths in code points, blank as JSON Schema's {@code \s}, and {@code @Digits} on
     * numbers compares values as {@code multipleOf} and the bounds do. A validator set here keeps
     * its own definitions (Hibernate Validator's count UTF-16 units, use {@code String.isBlank()}
     * and count a {@code BigDecimal}'s trailing zeros) unless it was built from a configuration
     * given to {@link ToolwrightValidation#configure}:
     *
     * <pre>{@code
     * builder.validator(
     *     ToolwrightValidation.configure(Validation.byProvider(HibernateValidator.class).configure())
     *         .messageInterpolator(yourInterpolator)
     *         .buildValidatorFactory()
     *         .getValidator());
     * }</pre>
     *
     * <p>See docs/runtime.md, "Your own validator".
     */
    public Builder validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The Jackson 3 mapper that turns tools' return values into JSON, for example one with the
     * application's modules and naming strategy. Unless this or {@link #resultSerializer} is set, a
     * plain {@link JsonMapper} (Jackson 3 writes {@code java.time} values as ISO-8601 strings).
     * Replaces a serializer set before.
     */
    public Builder resultMapper(ObjectMapper mapper) {
      this.results = ResultWriter.jackson(mapper);
      return this;
    }

    /**
     * What turns tools' return values into JSON when that is not a Jackson 3 mapper: for example
     * the application's Jackson 2 mapper, {@code resultSerializer(jackson2::writeValueAsBytes)}.
     * Its output is checked to be one JSON value. Replaces a mapper set before.
     */
    public Builder resultSerializer(ResultSerializer serializer) {
      this.results = ResultWriter.custom(serializer);
      return this;
    }

    /**
     * Where the argument parser and the default result mapper take Jackson's buffers from. Unless
     * set, {@link JsonRecyclerPools#threadLocalPool()}: one set of buffers per thread, so that
     * threads executing calls at once do not contend (Jackson 3's own default, {@link
     * JsonRecyclerPools#defaultPool()}, is one deque shared by all threads, which halved the
     * throughput of two threads against one in {@code benchmarks/}). A thread-local pool gains
     * nothing on virtual threads, which are not reused: each allocates its own buffers. An
     * application executing on many virtual threads may prefer {@code defaultPool()} or {@link
     * JsonRecyclerPools#newBoundedPool(int)}. A mapper given to {@link #resultMapper} keeps its own
     * pool.
     */
    public Builder bufferRecyclerPool(RecyclerPool<BufferRecycler> pool) {
      this.bufferRecyclerPool = Objects.requireNonNull(pool, "pool");
      return this;
    }

    /**
     * Told of every failed call with its exception, which the model is never shown: for logging,
     * metrics or alerts. Unless set, {@link ExecutionListener#logging()}, which logs tool failures
     * through {@link System.Logger}; a listener set here replaces it (call it from yours to keep
     * it).
     */
    public Builder listener(ExecutionListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * How calls are run: executor, parallel reads, caps, time-outs, attempts, fallbacks; {@link
     * ExecutionPolicy#defaults()} unless set.
     */
    public Builder execution(ExecutionPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * @throws IllegalArgumentException if two tools have the same name, or a tool's schema refers
     *     to a definition it does not contain
     */
    public ToolRegistry build() {
      return new ToolRegistry(this);
    }
  }
}
