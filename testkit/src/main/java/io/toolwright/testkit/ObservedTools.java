package io.toolwright.testkit;

import io.toolwright.ToolDefinition;
import io.toolwright.ToolRegistry;
import io.toolwright.ToolSet;
import io.toolwright.dispatch.PreparedCall;
import io.toolwright.dispatch.ToolBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tool sets whose every method call is counted, whatever the tool's class: each binding's invoker
 * is wrapped, and the count goes up just before the prepared call runs the method, that is after
 * every check the executor makes. So "the method was not called" is observed the same way for
 * generated dispatchers of any fixture.
 */
public final class ObservedTools {

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final List<ToolSet> sets = new ArrayList<>();

  public ObservedTools(List<ToolSet> toolSets) {
    for (ToolSet set : toolSets) {
      sets.add(observed(set));
    }
  }

  public List<ToolSet> toolSets() {
    return List.copyOf(sets);
  }

  /**
   * A registry of the observed tool sets, with the runtime's defaults but one: destructive calls
   * are approved (the checks probe every tool's method, and nobody is there to approve).
   */
  public ToolRegistry registry() {
    return ToolRegistry.builder()
        .addAll(sets.toArray(ToolSet[]::new))
        .execution(
            io.toolwright.ExecutionPolicy.builder()
                .approvals(io.toolwright.spi.ApprovalHandler.approveAll())
                .build())
        .build();
  }

  public List<ToolDefinition> definitions() {
    return sets.stream().flatMap(set -> set.definitions().stream()).toList();
  }

  /** How often {@code tool}'s method has been called so far. */
  public int calls(String tool) {
    AtomicInteger count = calls.get(tool);
    return count == null ? 0 : count.get();
  }

  private ToolSet observed(ToolSet set) {
    List<ToolBinding> bindings = new ArrayList<>();
    for (ToolBinding binding : set.bindings()) {
      AtomicInteger count =
          calls.computeIfAbsent(binding.definition().name(), name -> new AtomicInteger());
      bindings.add(
          ToolBinding.of(
              binding.definition(),
              binding.contextNames(),
              (arguments, context) -> {
                PreparedCall prepared = binding.invoker().prepare(arguments, context);
                if (prepared == null) {
                  return null;
                }
                return prepared.returnsVoid()
                    ? PreparedCall.ofVoid(
                        prepared.arguments(),
                        () -> {
                          count.incrementAndGet();
                          prepared.invoke();
                        })
                    : PreparedCall.returning(
                        prepared.arguments(),
                        () -> {
                          count.incrementAndGet();
                          return prepared.invoke();
                        });
              }));
    }
    return ToolSet.of(set.source(), bindings);
  }
}
