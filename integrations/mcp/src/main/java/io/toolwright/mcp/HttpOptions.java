package io.toolwright.mcp;

import java.util.LinkedHashSet;
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
  private final String bearerToken;
  private final Set<String> allowedOrigins;

  private HttpOptions(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.path = builder.path;
    this.bearerToken = builder.bearerToken;
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
    return bearerToken != null;
  }

  String bearerToken() {
    return bearerToken;
  }

  /** Origins accepted beside the loopback ones, as a browser sends them: {@code https://host:port}. */
  public Set<String> allowedOrigins() {
    return allowedOrigins;
  }

  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private String path = "/mcp";
    private String bearerToken;
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

    /** Requires {@code Authorization: Bearer <token>} on every request; 401 without it. */
    public Builder bearerToken(String token) {
      if (Objects.requireNonNull(token, "token").isBlank()) {
        throw new IllegalArgumentException("the bearer token is blank");
      }
      this.bearerToken = token;
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
