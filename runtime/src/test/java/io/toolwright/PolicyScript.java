package io.toolwright;

import io.toolwright.spi.ApprovalHandler;
import io.toolwright.spi.ToolPermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A fuzzer's bytes read as a policy and the responses of a conversation, for {@link
 * PolicyFuzzTest}. Every byte counts by its value modulo a small number, so any input is a script
 * and a digit means its own value: the committed seeds are written in digits.
 *
 * <p>Eight header bytes (missing ones read as {@code '0'}):
 *
 * <ol>
 *   <li>executor: 0 the calling thread; 1 to 4 a pool with that many parallel reads (mod 5)
 *   <li>idempotency store: odd on (mod 2)
 *   <li>approvals ({@link Approvals}, mod 8)
 *   <li>permissions ({@link Permissions}, mod 4)
 *   <li>calls per response: 0 the default (32), else the digit (mod 10)
 *   <li>calls per tool: 0 the default (40), else the digit (mod 10)
 *   <li>calls per conversation: 0 the default (150), else twice the digit (mod 10)
 *   <li>attempts: 1 to 3; 0 is 3 (mod 4)
 * </ol>
 *
 * <p>Then four bytes per call, at most {@value #MAX_CALLS} calls:
 *
 * <ol>
 *   <li>what (mod 10): 0 and 8 {@code lookup}, 1 {@code update}, 2 and 9 {@code upsert}, 3 {@code
 *       delete}, 4 a tool that does not exist, 5 {@code lookup} with a number for its key, 6 {@code
 *       update} with arguments that are not JSON, 7 the end of a response (the rest of the group is
 *       ignored)
 *   <li>key: {@code "k"} and the digit (mod 10)
 *   <li>the faults the tool's next runs with this key meet, in turn (mod 10): 0 and 9 none, 1 a transient failure, 2 a
 *       transient failure three runs in a row, 3 a permanent failure, 4 a hang until its time-out, 5
 *       a result over the cap, 6 an {@code InterruptedException}, 7 "unavailable", 8 a transient
 *       failure, then a hang
 *   <li>id (mod 4): 0 and 3 a new id; 1 the previous call's id; 2 the first call's id
 * </ol>
 */
final class PolicyScript {

  static final int MAX_CALLS = 40;
  static final int MAX_RESPONSES = 4;
  static final String PRINCIPAL = "alice";

  /** What the approval handler answers. */
  enum Approvals {
    NONE,
    APPROVE_ALL,
    DENY,
    OTHER_ARGUMENTS,
    EXPIRED,
    THROWS,
    FAILED_STAGE,
    OTHER_PRINCIPAL;

    /** Whether an approved destructive call may run under this mode. */
    boolean grants() {
      return this == APPROVE_ALL;
    }

    ApprovalHandler handler() {
      return switch (this) {
        case NONE -> null;
        case APPROVE_ALL -> ApprovalHandler.approveAll();
        case DENY -> request -> CompletableFuture.completedFuture(request.deny("no"));
        case OTHER_ARGUMENTS ->
            request ->
                CompletableFuture.completedFuture(
                    Approval.granted(
                        request.tool().name(), "0".repeat(64), request.principal(), Instant.MAX));
        case EXPIRED -> request -> CompletableFuture.completedFuture(request.approve(Instant.EPOCH));
        case THROWS ->
            request -> {
              throw new IllegalStateException("approval service down");
            };
        case FAILED_STAGE ->
            request -> CompletableFuture.failedFuture(new IllegalStateException("no decision"));
        case OTHER_PRINCIPAL ->
            request ->
                CompletableFuture.completedFuture(
                    Approval.granted(
                        request.tool().name(),
                        request.argumentsFingerprint(),
                        "mallory",
                        Instant.MAX));
      };
    }
  }

  /** Which tools and calls the principal may use. */
  enum Permissions {
    ALL,
    NO_DELETE,
    /** {@code permits} throws for key {@code k3}. */
    THROWS_ON_K3,
    /** {@code mayUse} throws for {@code upsert}. */
    THROWS_ON_UPSERT;

    ToolPermissions permissions() {
      return switch (this) {
        case ALL -> ToolPermissions.all();
        case NO_DELETE -> (context, tool) -> !tool.name().equals("delete");
        case THROWS_ON_K3 ->
            new ToolPermissions() {
              @Override
              public boolean mayUse(ToolContext context, ToolDefinition tool) {
                return true;
              }

              @Override
              public boolean permits(
                  ToolContext context,
                  ToolDefinition tool,
                  tools.jackson.databind.JsonNode arguments) {
                if (arguments.path("key").asString("").equals("k3")) {
                  throw new IllegalStateException("permission service down");
                }
                return true;
              }
            };
        case THROWS_ON_UPSERT ->
            (context, tool) -> {
              if (tool.name().equals("upsert")) {
                throw new IllegalStateException("permission service down");
              }
              return true;
            };
      };
    }

    /** Whether a call to {@code tool} with {@code key} may pass the permission check. */
    boolean allows(String tool, String key) {
      return switch (this) {
        case ALL -> true;
        case NO_DELETE -> !tool.equals("delete");
        case THROWS_ON_K3 -> !key.equals("k3");
        case THROWS_ON_UPSERT -> !tool.equals("upsert");
      };
    }
  }

  /** One call as scripted, with the faults it adds to its tool's next runs with its key. */
  record Call(ToolCall call, String tool, String key, List<FuzzFault> faults) {}

  /** What a tool's run does. */
  enum FuzzFault {
    NONE,
    TRANSIENT,
    PERMANENT,
    HANG,
    OVERSIZED,
    INTERRUPTED,
    UNAVAILABLE
  }

  final int parallelReads;
  final boolean idempotency;
  final Approvals approvals;
  final Permissions permissions;
  final int maxCallsPerResponse;
  final int maxCallsPerTool;
  final int maxCallsPerConversation;
  final int maxAttempts;
  final List<List<Call>> responses = new ArrayList<>();

  private final byte[] input;

  PolicyScript(byte[] input) {
    this.input = input;
    parallelReads = digit(0) % 5;
    idempotency = digit(1) % 2 == 1;
    approvals = Approvals.values()[digit(2) % 8];
    permissions = Permissions.values()[digit(3) % 4];
    maxCallsPerResponse = digit(4) % 10 == 0 ? 32 : digit(4) % 10;
    maxCallsPerTool = digit(5) % 10 == 0 ? 40 : digit(5) % 10;
    maxCallsPerConversation = digit(6) % 10 == 0 ? 150 : 2 * (digit(6) % 10);
    maxAttempts = digit(7) % 4 == 0 ? 3 : digit(7) % 4;
    readCalls();
  }

  /** The value of byte {@code at} as an unsigned number, {@code '0'} when the input is shorter. */
  private int digit(int at) {
    int value = at < input.length ? input[at] & 0xff : '0';
    return value >= '0' ? value - '0' : value;
  }

  private void readCalls() {
    List<Call> response = new ArrayList<>();
    String firstId = null;
    String previousId = null;
    int made = 0;
    for (int at = 8; at < input.length && made < MAX_CALLS; at += 4) {
      int what = digit(at) % 10;
      if (what == 7) {
        if (!response.isEmpty() && responses.size() < MAX_RESPONSES - 1) {
          responses.add(response);
          response = new ArrayList<>();
        }
        continue;
      }
      String key = "k" + digit(at + 1) % 10;
      List<FuzzFault> faults = faults(digit(at + 2) % 10);
      int idMode = digit(at + 3) % 4;
      String id =
          idMode == 1 && previousId != null
              ? previousId
              : idMode == 2 && firstId != null ? firstId : "c" + made;
      firstId = firstId == null ? id : firstId;
      previousId = id;
      made++;
      String tool =
          switch (what) {
            case 0, 5, 8 -> "lookup";
            case 1, 6 -> "update";
            case 2, 9 -> "upsert";
            case 3 -> "delete";
            default -> "no_such_tool";
          };
      ToolCall call =
          switch (what) {
            case 5 -> ToolCall.of(id, tool, "{\"key\":" + digit(at + 1) + "}");
            case 6 -> ToolCall.of(id, tool, "{\"key\":\"" + key + "\"");
            default -> ScriptedTools.call(id, tool, key);
          };
      response.add(new Call(call, tool, key, faults));
    }
    if (!response.isEmpty()) {
      responses.add(response);
    }
  }

  private static List<FuzzFault> faults(int digit) {
    return switch (digit) {
      case 1 -> List.of(FuzzFault.TRANSIENT);
      case 2 -> List.of(FuzzFault.TRANSIENT, FuzzFault.TRANSIENT, FuzzFault.TRANSIENT);
      case 3 -> List.of(FuzzFault.PERMANENT);
      case 4 -> List.of(FuzzFault.HANG);
      case 5 -> List.of(FuzzFault.OVERSIZED);
      case 6 -> List.of(FuzzFault.INTERRUPTED);
      case 7 -> List.of(FuzzFault.UNAVAILABLE);
      case 8 -> List.of(FuzzFault.TRANSIENT, FuzzFault.HANG);
      default -> List.of();
    };
  }
}
