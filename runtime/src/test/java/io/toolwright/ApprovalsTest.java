package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ApprovalHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Destructive calls need an approval bound to tool, canonical arguments, principal and expiry;
 * without an approval handler they are refused, never run.
 */
class ApprovalsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(300);

  private final ScriptedTools tools = new ScriptedTools();
  private final List<ApprovalRequest> asked = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ToolRegistry registry(ApprovalHandler handler, Instant now) {
    return ToolRegistry.builder()
        .addAll(tools.bind())
        .execution(
            ExecutionPolicy.builder()
                .approvals(
                    request -> {
                      asked.add(request);
                      return handler.request(request);
                    })
                .principal(context -> context.require("user", String.class))
                .wallClock(Clock.fixed(now, ZoneOffset.UTC))
                .build())
        .build();
  }

  private static ToolContext as(String user) {
    return ToolContext.of("user", user);
  }

  @Test
  void withoutAnApprovalHandlerADestructiveCallIsRefused() {
    ToolRegistry registry = ToolRegistry.of(tools.bind());

    List<ToolResult> results =
        registry.execute(List.of(call("1", "delete", "a"), call("2", "update", "b")), ToolContext.empty());

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.APPROVAL_REQUIRED);
    assertThat(results.get(1).isError()).isFalse();
    assertThat(tools.ran).containsExactly("update:b");
  }

  @Test
  void anApprovedCallRunsOnce() {
    ToolRegistry registry =
        registry(request -> CompletableFuture.completedFuture(request.approve(LATER)), NOW);

    List<ToolResult> results = registry.execute(List.of(call("1", "delete", "a")), as("ana"));

    assertThat(results.get(0).contentJson()).isEqualTo("\"delete:a\"");
    assertThat(tools.ran).containsExactly("delete:a");
    assertThat(asked).singleElement()
        .satisfies(
            request -> {
              assertThat(request.callId()).isEqualTo("1");
              assertThat(request.tool().name()).isEqualTo("delete");
              assertThat(request.argumentsJson()).isEqualTo("{\"key\":\"a\"}");
              assertThat(request.principal()).isEqualTo("ana");
            });
  }

  @Test
  void aDeniedCallIsNotRunAndTheModelIsToldWhy() {
    ToolRegistry registry =
        registry(request -> CompletableFuture.completedFuture(request.deny("the account is frozen")), NOW);

    ToolResult result = registry.execute(List.of(call("1", "delete", "a")), as("ana")).get(0);

    assertThat(error(result).code()).isEqualTo(ErrorCode.NOT_APPROVED);
    assertThat(error(result).message()).isEqualTo("The call was not approved: the account is frozen.");
    assertThat(tools.ran).isEmpty();
  }

  @Test
  void anApprovalOfOtherArgumentsApprovesNothing() {
    // The application kept an approval from an earlier request (key "a") and hands it back for a
    // call whose arguments changed (key "b").
    List<Approval> kept = new ArrayList<>();
    ToolRegistry registry =
        registry(
            request -> {
              if (kept.isEmpty()) {
                kept.add(request.approve(LATER));
              }
              return CompletableFuture.completedFuture(kept.get(0));
            },
            NOW);

    ToolResult first = registry.execute(List.of(call("1", "delete", "a")), as("ana")).get(0);
    ToolResult changed = registry.execute(List.of(call("2", "delete", "b")), as("ana")).get(0);
    ToolResult sameAgain =
        registry.execute(List.of(ToolCall.of("3", "delete", "{ \"key\" : \"a\" }")), as("ana")).get(0);

    assertThat(first.isError()).isFalse();
    assertThat(error(changed).code()).isEqualTo(ErrorCode.NOT_APPROVED);
    assertThat(error(changed).message()).contains("other arguments");
    assertThat(sameAgain.isError()).as("the same canonical arguments").isFalse();
    assertThat(tools.ran).containsExactly("delete:a", "delete:a");
  }

  @Test
  void anApprovalGivenToSomeoneElseApprovesNothing() {
    List<Approval> kept = new ArrayList<>();
    ToolRegistry registry =
        registry(
            request -> {
              if (kept.isEmpty()) {
                kept.add(request.approve(LATER));
              }
              return CompletableFuture.completedFuture(kept.get(0));
            },
            NOW);

    registry.execute(List.of(call("1", "delete", "a")), as("ana"));
    ToolResult other = registry.execute(List.of(call("2", "delete", "a")), as("bo")).get(0);

    assertThat(error(other).message()).contains("someone else");
    assertThat(tools.ran).containsExactly("delete:a");
  }

  @Test
  void anExpiredApprovalApprovesNothing() {
    ToolRegistry registry =
        registry(request -> CompletableFuture.completedFuture(request.approve(NOW)), NOW);

    ToolResult result = registry.execute(List.of(call("1", "delete", "a")), as("ana")).get(0);

    assertThat(error(result).message()).contains("expired");
    assertThat(tools.ran).isEmpty();
  }

  @Test
  void aHandlerThatFailsApprovesNothing() {
    ToolRegistry registry =
        registry(
            request -> {
              throw new IllegalStateException("approval service down");
            },
            NOW);

    ToolResult result = registry.execute(List.of(call("1", "delete", "a")), as("ana")).get(0);

    assertThat(error(result).code()).isEqualTo(ErrorCode.NOT_APPROVED);
    assertThat(((ToolResult.Failure) result).cause()).hasMessage("approval service down");
    assertThat(tools.ran).isEmpty();
  }

  @Test
  void aPersonCanTakeTheirTimeWhileTheCallsBeforeRun() throws Exception {
    CompletableFuture<Approval> decision = new CompletableFuture<>();
    java.util.concurrent.CountDownLatch firstRead = new java.util.concurrent.CountDownLatch(1);
    tools.body =
        (tool, key) -> {
          if (key.equals("a")) {
            firstRead.countDown();
          }
          return key;
        };
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(tools.bind())
            .execution(
                ExecutionPolicy.builder()
                    .executor(pool)
                    .approvals(
                        request -> {
                          asked.add(request);
                          return decision;
                        })
                    .wallClock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build())
            .build();

    CompletableFuture<List<ToolResult>> stage =
        registry
            .executeAsync(
                List.of(call("1", "lookup", "a"), call("2", "delete", "b"), call("3", "lookup", "c")),
                ToolContext.empty())
            .toCompletableFuture();
    // The read before the destructive call runs; the one after waits behind it.
    assertThat(firstRead.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(stage).isNotDone();
    assertThat(tools.ran).containsExactly("lookup:a");
    decision.complete(asked.get(0).approve(LATER));

    List<ToolResult> results = stage.get(20, TimeUnit.SECONDS);
    assertThat(results).noneMatch(ToolResult::isError);
    assertThat(tools.ran).containsExactly("lookup:a", "delete:b", "lookup:c");
  }
}
