package io.toolwright.mcp;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where and how the Streamable HTTP server listens. By default on {@code 127.0.0.1}, an ephemeral
 * port, path {@code /mcp}, no token, and only loopback {@code Origin}s accepted.
 */
public final class HttpOptions {
  private final String host;
  private final int port;
  private final String path;
  private final Map<String, String> principalsByToken;
  private final Set<String> allowedOrigins;

  private HttpOptions(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.path = builder.path;
    this.principalsByToken = Map.copyOf(builder.principalsByToken);
    this.allowedOrigins = Set.copyOf(builder.allowedOrigins);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Loopback, an ephemeral port, {@code /mcp}, no token. */
  public static HttpOptions defaults() {
    return builder().build();
  }

  public String host() {
    return host;
  }

  /** The port asked for; {@code 0} for an ephemeral one ({@link McpToolServer#port()} says which). */
  public int port() {
    return port;
  }

  public String path() {
    return path;
  }

  /** Whether requests must carry {@code Authorization: Bearer <token>}. */
  public boolean requiresToken() {
    return !principalsByToken.isEmpty();
  }

  /** Each accepted token and the principal it authenticates ({@code ""} for none). */
  Map<String, String> principalsByToken() {
    return principalsByToken;
  }

  /** Origins accepted beside the loopback ones, as a browser sends them: {@code https://host:port}. */
  public Set<String> allowedOrigins() {
    return allowedOrigins;
  }

  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String path = "/mcp";
    private final Map<String, String> principalsByToken = new LinkedHashMap<>();
    private final Set<String> allowedOrigins = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The address to bind. Anything other than a loopback address exposes the tools to the
     * network: require a token then.
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** {@code 0} (the default) for an ephemeral port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port " + port + " is not in 0..65535");
      }
      this.port = port;
      return this;
    }

    /** The MCP endpoint's path, {@code /mcp} by default. */
    public Builder path(String path) {
      if (!Objects.requireNonNull(path, "path").startsWith("/")) {
        throw new IllegalArgumentException("path must start with '/': " + path);
      }
      this.path = path;
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer <token>} on every request; 401 without it. The token
     * names no principal: {@link McpCaller#principal()} is {@code null} for its requests.
     */
    public Builder bearerToken(String token) {
      return bearerToken(token, "");
    }

    /**
     * Accepts {@code token} as the credentials of {@code principal}: every request then needs one
     * of the tokens given (401 without), and {@link McpCaller#principal()} of its calls and of its
     * {@code tools/list} is {@code principal}, from which the {@link ContextProvider} builds the
     * {@code @Context} values and the registry's {@code ToolPermissions} decide which tools the
     * client sees and may call. Call once per client (user, agent) with its own token.
     */
    public Builder bearerToken(String token, String principal) {
      if (Objects.requireNonNull(token, "token").isBlank()) {
        throw new IllegalArgumentException("the bearer token is blank");
      }
      Objects.requireNonNull(principal, "principal");
      principalsByToken.put(token, principal);
      return this;
    }

    /**
     * Accepts requests whose {@code Origin} is exactly {@code origin} ({@code scheme://host[:port]}),
     * beside the loopback origins that are always accepted.
     */
    public Builder allowOrigin(String origin) {
      allowedOrigins.add(Objects.requireNonNull(origin, "origin"));
      return this;
    }

    public HttpOptions build() {
      return new HttpOptions(this);
    }
  }
}
