package io.toolwright;

import static io.toolwright.Results.error;
import static io.toolwright.ScriptedTools.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.toolwright.spi.ExecutionListener;
import io.toolwright.spi.ToolPermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A permission check per call, from the principal the application put in the context: what a
 * principal may not use is neither advertised nor run.
 */
class PermissionsTest {

  record User(String name, Set<String> roles) {}

  private static final ToolContext CLERK =
      ToolContext.of("user", new User("ana", Set.of("clerk")));
  private static final ToolContext ADMIN =
      ToolContext.of("user", new User("bo", Set.of("clerk", "admin")));

  /** Clerks read and update; only admins delete; nobody updates the key "locked". */
  private static final ToolPermissions BY_ROLE =
      new ToolPermissions() {
        @Override
        public boolean mayUse(ToolContext context, ToolDefinition tool) {
          User user = context.require("user", User.class);
          return !tool.name().equals("delete") || user.roles().contains("admin");
        }

        @Override
        public boolean permits(ToolContext context, ToolDefinition tool, JsonNode arguments) {
          return mayUse(context, tool)
              && !(tool.name().equals("update") && arguments.get("key").stringValue().equals("locked"));
        }
      };

  private final ScriptedTools tools = new ScriptedTools();
  private final List<String> rejected = new ArrayList<>();
  private final ToolRegistry registry =
      ToolRegistry.builder()
          .addAll(tools.bind())
          .execution(ExecutionPolicy.builder().permissions(BY_ROLE).build())
          .listener(
              new ExecutionListener() {
                @Override
                public void onRejected(ToolCall call, ToolError error, Throwable cause) {
                  rejected.add(call.id() + " " + error.code() + " " + cause);
                }
              })
          .build();

  @Test
  void aToolAPrincipalMayNotUseIsNotAdvertised() {
    assertThat(registry.definitions(CLERK)).extracting(ToolDefinition::name)
        .containsExactly("lookup", "update", "upsert");
    assertThat(registry.definitions(ADMIN)).extracting(ToolDefinition::name)
        .containsExactly("lookup", "update", "upsert", "delete");
    assertThat(registry.definitions(Dialect.OPENAI_CHAT, CLERK).json()).doesNotContain("\"delete\"");
    assertThat(registry.definitions(Dialect.OPENAI_CHAT, ADMIN).json()).contains("\"delete\"");
  }

  @Test
  void norRun() {
    List<ToolResult> results =
        registry.execute(List.of(call("1", "delete", "a"), call("2", "lookup", "a")), CLERK);

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
    assertThat(results.get(1).isError()).isFalse();
    assertThat(tools.ran).containsExactly("lookup:a");
    assertThat(rejected).containsExactly("1 PERMISSION_DENIED null");
  }

  @Test
  void aCallIsCheckedWithItsArguments() {
    List<ToolResult> results =
        registry.execute(List.of(call("1", "update", "locked"), call("2", "update", "open")), ADMIN);

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
    assertThat(tools.ran).containsExactly("update:open");
  }

  @Test
  void aCheckThatThrowsRefusesTheCall() {
    List<ToolResult> results =
        registry.execute(List.of(call("1", "lookup", "a")), ToolContext.empty());

    assertThat(error(results.get(0)).code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
    assertThat(((ToolResult.Failure) results.get(0)).cause())
        .isInstanceOf(MissingContextException.class);
    assertThat(tools.ran).isEmpty();
  }

  @Test
  void byDefaultEveryToolIsPermitted() {
    ToolRegistry open = ToolRegistry.of(tools.bind());

    assertThat(open.definitions(ToolContext.empty())).hasSize(4);
    assertThat(open.execute(List.of(call("1", "update", "a")), ToolContext.empty()).get(0).isError())
        .isFalse();
  }
}
