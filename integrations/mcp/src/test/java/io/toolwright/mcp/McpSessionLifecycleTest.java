package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.ExecutionPolicy;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import io.toolwright.spi.ConversationState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session's conversation over Streamable HTTP, from the session's start to its end: a call still
 * running when the client deletes its session does not bring the session's conversation back, and
 * a server's {@link ConversationStates} gives each session its state and hears when it ends. Calls
 * are held on latches, never on timings.
 */
class McpSessionLifecycleTest {

  private McpToolServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Held before the conversation would have been looked up: in the {@link ContextProvider}. */
  @Test
  void aCallWhoseSessionIsDeletedBeforeItRunsDoesNotBringTheSessionBack() throws Exception {
    GateTools gate = new GateTools();
    CountDownLatch inProvider = new CountDownLatch(1);
    CountDownLatch leaveProvider = new CountDownLatch(1);
    AtomicReference<String> session = new AtomicReference<>();
    server =
        McpToolServer.builder(ToolRegistry.of(GateToolsTools.bind(gate)))
            .context(
                caller -> {
                  if (caller.toolName() != null) {
                    session.set(caller.sessionId());
                    inProvider.countDown();
                    await(leaveProvider);
                  }
                  return ToolContext.empty();
                })
            .startHttp(HttpOptions.builder().build());

    McpSyncClient client = client();
    client.initialize();
    assertThat(server.conversationsKept()).isEqualTo(1);
    CompletableFuture<?> call = callInTheBackground(client, "pass");
    await(inProvider);

    assertThat(delete(session.get())).isEqualTo(200);
    assertThat(server.conversationsKept()).isZero();
    leaveProvider.countDown();
    await(gate.ran);

    assertThat(server.conversationsKept()).isZero();
    call.cancel(true);
    client.close();
  }

  /** Held in the tool: the call counts in the conversation it started with, which stays gone. */
  @Test
  void aToolRunningWhenItsSessionIsDeletedDoesNotBringTheSessionBack() throws Exception {
    GateTools gate = new GateTools();
    RecordingStates states = new RecordingStates();
    server =
        McpToolServer.builder(ToolRegistry.of(GateToolsTools.bind(gate)))
            .conversationStates(states)
            .startHttp(HttpOptions.builder().build());

    McpSyncClient client = client();
    client.initialize();
    CompletableFuture<?> call = callInTheBackground(client, "hold");
    await(gate.holding);
    String session = states.started.get(0).sessionId();

    assertThat(delete(session)).isEqualTo(200);
    assertThat(states.ended).containsExactly(session);
    gate.letGo.countDown();
    await(gate.ran);

    assertThat(server.conversationsKept()).isZero();
    // The call counted in its session's state, once, and nothing was made afresh for it.
    assertThat(states.states.get(0).callsMade("hold")).isEqualTo(1);
    assertThat(states.started).hasSize(1);
    call.cancel(true);
    client.close();
  }

  @Test
  void eachSessionGetsItsStateFromTheConversationStatesAndItEndsWithTheSession()
      throws Exception {
    RecordingStates states = new RecordingStates();
    ToolRegistry registry =
        ToolRegistry.builder()
            .addAll(NoteToolsTools.bind(new NoteTools()))
            .execution(ExecutionPolicy.builder().maxCallsPerConversation(2).build())
            .build();
    server =
        McpToolServer.builder(registry)
            .context(caller -> ToolContext.of("user", caller.principal()))
            .conversationStates(states)
            .startHttp(HttpOptions.builder().bearerToken("token-ana", "ana").build());

    try (McpSyncClient ana = client("token-ana")) {
      ana.initialize();
      assertThat(states.started).hasSize(1);
      McpCaller started = states.started.get(0);
      assertThat(started.principal()).isEqualTo("ana");
      assertThat(started.toolName()).isNull();
      assertThat(started.sessionId()).isNotBlank();

      McpSchema.CallToolRequest count = new McpSchema.CallToolRequest("count_notes", Map.of());
      assertThat(ana.callTool(count).isError()).isFalse();
      assertThat(ana.callTool(count).isError()).isFalse();
      // The calls were counted in the state the server was given, and its cap holds there.
      assertThat(states.states.get(0).callsMade()).isEqualTo(2);
      assertThat(McpClientChecks.text(ana.callTool(count))).contains("CALL_BUDGET_EXHAUSTED");

      assertThat(ana.closeGracefully()).isTrue();
      assertThat(states.ended).containsExactly(started.sessionId());
    }
  }

  @Test
  void theServerClosingEndsEverySessionsState() {
    RecordingStates states = new RecordingStates();
    server =
        McpToolServer.builder(ToolRegistry.of(NoteToolsTools.bind(new NoteTools())))
            .conversationStates(states)
            .startHttp(HttpOptions.builder().build());
    McpSyncClient first = client();
    McpSyncClient second = client();
    first.initialize();
    second.initialize();
    assertThat(states.started).hasSize(2);

    server.close();

    assertThat(states.ended)
        .containsExactlyInAnyOrder(
            states.started.get(0).sessionId(), states.started.get(1).sessionId());
    assertThat(server.conversationsKept()).isZero();
  }

  /** A {@link ConversationStates} as a user's store would be: it records what it was asked. */
  static final class RecordingStates implements ConversationStates {
    final List<McpCaller> started = new CopyOnWriteArrayList<>();
    final List<ConversationState> states = new CopyOnWriteArrayList<>();
    final List<String> ended = new CopyOnWriteArrayList<>();

    @Override
    public ConversationState start(McpCaller session) {
      started.add(session);
      ConversationState state = ConversationState.inMemory();
      states.add(state);
      return state;
    }

    @Override
    public void ended(String sessionId) {
      ended.add(sessionId);
    }
  }

  private static CompletableFuture<?> callInTheBackground(McpSyncClient client, String tool) {
    return CompletableFuture.runAsync(
        () -> client.callTool(new McpSchema.CallToolRequest(tool, Map.of())));
  }

  /** The client's DELETE of its session, sent while the client itself waits for its call. */
  private int delete(String sessionId) throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                    .header("Mcp-Session-Id", sessionId)
                    .DELETE()
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the latch was counted down").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private McpSyncClient client() {
    return client(null);
  }

  private McpSyncClient client(String token) {
    HttpClientStreamableHttpTransport.Builder transport =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp");
    if (token != null) {
      transport.httpRequestCustomizer(
          (request, method, uri, body, context) ->
              request.header("Authorization", "Bearer " + token));
    }
    return McpClient.sync(transport.build())
        .requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30))
        .build();
  }
}
