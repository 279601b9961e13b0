package io.toolwright.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.toolwright.ToolContext;
import io.toolwright.ToolRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Streamable HTTP server on 127.0.0.1, driven by the MCP Java SDK's own HTTP client. */
class McpHttpServerTest {

  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"0\"}}}";

  private final ToolRegistry registry = NotesServerMain.registry();
  private McpToolServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aClientListsAndCallsTheTools() throws Exception {
    server = start(HttpOptions.defaults());
    try (McpSyncClient client = client(server, null)) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("notes");
      assertThat(init.capabilities().tools()).isNotNull();

      McpClientChecks.listsTheRegistrysRenderings(client, registry);
      McpClientChecks.goodCallAnswersStructuredContentAndText(client, "ana");
      McpClientChecks.callWithoutOutputSchemaAnswersText(client);
      McpClientChecks.badArgumentIsAnErrorResultWithThePointer(client);
      McpClientChecks.contextCannotComeFromTheClient(client);
      McpClientChecks.failingToolIsAnErrorResult(client);
      McpClientChecks.unknownToolIsAProtocolError(client);
    }
  }

  @Test
  void eachSessionGetsItsContextFromTheServer() throws Exception {
    server =
        McpToolServer.builder(registry)
            .serverInfo("notes", "1")
            .context(caller -> ToolContext.of("user", "session-" + caller.sessionId()))
            .startHttp(HttpOptions.defaults());
    try (McpSyncClient client = client(server, null)) {
      client.initialize();
      McpSchema.CallToolResult result =
          client.callTool(
              new McpSchema.CallToolRequest(
                  "add_note", java.util.Map.of("text", "hi", "stars", 2)));

      assertThat(McpClientChecks.text(result)).contains("\"owner\":\"session-").doesNotContain("null");
    }
  }

  @Test
  void bindsTheLoopbackAddressByDefault() {
    server = start(HttpOptions.defaults());

    assertThat(HttpOptions.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(server.port()).isPositive();
  }

  @Test
  void refusesAForeignOrigin() throws Exception {
    server = start(HttpOptions.defaults());

    HttpResponse<String> foreign = post(server, "http://evil.example", null);
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.body()).contains("evil.example");
    // Rebinding a name to 127.0.0.1 does not change the page's origin: still refused.
    assertThat(post(server, "http://localhost.evil.example:" + server.port(), null).statusCode())
        .isEqualTo(403);
    assertThat(post(server, "null", null).statusCode()).isEqualTo(403);

    assertThat(post(server, "http://localhost:6274", null).statusCode()).isEqualTo(200);
    assertThat(post(server, "http://127.0.0.1", null).statusCode()).isEqualTo(200);
    assertThat(post(server, "http://[::1]:3000", null).statusCode()).isEqualTo(200);
    assertThat(post(server, null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void acceptsAnOriginItIsToldToAllow() throws Exception {
    server = start(HttpOptions.builder().allowOrigin("https://desk.example").build());

    assertThat(post(server, "https://desk.example", null).statusCode()).isEqualTo(200);
    assertThat(post(server, "https://other.example", null).statusCode()).isEqualTo(403);
  }

  @Test
  void requiresTheBearerTokenWhenOneIsSet() throws Exception {
    server = start(HttpOptions.builder().bearerToken("s3cret").build());

    HttpResponse<String> none = post(server, null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(post(server, null, "wrong").statusCode()).isEqualTo(401);
    assertThat(post(server, null, "s3cret").statusCode()).isEqualTo(200);

    try (McpSyncClient anonymous = client(server, null)) {
      assertThatThrownBy(anonymous::initialize).isInstanceOf(RuntimeException.class);
    }
    try (McpSyncClient client = client(server, "s3cret")) {
      client.initialize();
      McpClientChecks.listsTheRegistrysRenderings(client, registry);
    }
  }

  @Test
  void setRegistryTellsConnectedClientsTheListChanged() throws Exception {
    server = start(HttpOptions.defaults());
    CompletableFuture<List<McpSchema.Tool>> changed = new CompletableFuture<>();
    try (McpSyncClient client =
        McpClient.sync(transport(server, null))
            .requestTimeout(Duration.ofSeconds(30))
            // The SDK notifies once per tool removed and added: wait for the final list.
            .toolsChangeConsumer(
                tools -> {
                  List<String> names = tools.stream().map(McpSchema.Tool::name).toList();
                  if (names.equals(List.of("next_reminder"))) {
                    changed.complete(tools);
                  }
                })
            .build()) {
      client.initialize();
      assertThat(client.listTools().tools()).hasSize(3);

      server.setRegistry(ToolRegistry.of(ReminderToolsTools.bind(new ReminderTools())));

      assertThat(changed.get(30, TimeUnit.SECONDS))
          .extracting(McpSchema.Tool::name)
          .containsExactly("next_reminder");
      McpSchema.CallToolResult reminder =
          client.callTool(
              new McpSchema.CallToolRequest("next_reminder", java.util.Map.of("topic", "rent")));
      assertThat(McpClientChecks.text(reminder)).isEqualTo("\"rent: tomorrow\"");
    }
  }

  private McpToolServer start(HttpOptions options) {
    return McpToolServer.builder(registry)
        .serverInfo("notes", "1")
        .context(ToolContext.of("user", "ana"))
        .startHttp(options);
  }

  private static McpSyncClient client(McpToolServer server, String token) {
    return McpClient.sync(transport(server, token))
        .requestTimeout(Duration.ofSeconds(30))
        .initializationTimeout(Duration.ofSeconds(30))
        .build();
  }

  private static HttpClientStreamableHttpTransport transport(McpToolServer server, String token) {
    HttpClientStreamableHttpTransport.Builder builder =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
            .endpoint("/mcp");
    if (token != null) {
      builder.httpRequestCustomizer(
          (request, method, uri, body, context) ->
              request.header("Authorization", "Bearer " + token));
    }
    return builder.build();
  }

  /** A raw initialize request, with the headers a browser or an attacker would choose. */
  private static HttpResponse<String> post(McpToolServer server, String origin, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
    if (origin != null) {
      request.header("Origin", origin);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
