package io.toolwright.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks every request before the SDK sees it. The {@code Origin} header: a web page the user
 * visits could otherwise reach a server on localhost through DNS rebinding, so, as the MCP
 * security practices require, an origin that is neither loopback nor allowed is refused (403). A
 * request without {@code Origin} is not from a browser and passes. Then the bearer token, when one
 * is configured (401 with {@code WWW-Authenticate: Bearer} without it); the principal the token
 * names goes to the SDK's transport context as the request attribute {@link #PRINCIPAL}. A
 * {@code DELETE} that ends a session, and a request for a session the SDK no longer has (404), are
 * told to {@code sessionEnded}.
 */
final class RequestGuard implements Filter {
  /** The request attribute holding the authenticated principal, when the token names one. */
  static final String PRINCIPAL = "io.toolwright.mcp.principal";

  private static final ThreadLocal<String> PRINCIPAL_OF_THIS_REQUEST = new ThreadLocal<>();

  private static final Set<String> LOOPBACK_HOSTS =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Set<String> allowedOrigins;
  private final List<Credential> credentials = new ArrayList<>();
  private final Consumer<String> sessionEnded;

  /** An accepted {@code Authorization} header, as bytes for the comparison, and its principal. */
  private record Credential(byte[] authorization, String principal) {}

  RequestGuard(HttpOptions options, Consumer<String> sessionEnded) {
    this.allowedOrigins = options.allowedOrigins();
    this.sessionEnded = sessionEnded;
    for (Map.Entry<String, String> token : options.principalsByToken().entrySet()) {
      credentials.add(
          new Credential(
              ("Bearer " + token.getKey()).getBytes(StandardCharsets.UTF_8), token.getValue()));
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    String origin = request.getHeader("Origin");
    if (origin != null && !acceptedOrigin(origin)) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Origin not allowed: " + origin);
      return;
    }
    if (!credentials.isEmpty()) {
      Credential credential = authenticate(request.getHeader("Authorization"));
      if (credential == null) {
        response.setHeader("WWW-Authenticate", "Bearer");
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "A bearer token is required");
        return;
      }
      if (!credential.principal().isEmpty()) {
        request.setAttribute(PRINCIPAL, credential.principal());
      }
    }
    // The principal of an initialize request, for the session it starts (see
    // RegistryTools.sessionStarted): the SDK starts a session on this thread.
    PRINCIPAL_OF_THIS_REQUEST.set((String) request.getAttribute(PRINCIPAL));
    try {
      chain.doFilter(req, res);
    } finally {
      PRINCIPAL_OF_THIS_REQUEST.remove();
    }
    String session = request.getHeader("Mcp-Session-Id");
    if (session != null
        && (("DELETE".equals(request.getMethod()) && response.getStatus() < 300)
            // The SDK no longer has the session (it ends idle ones itself): neither do we.
            || response.getStatus() == HttpServletResponse.SC_NOT_FOUND)) {
      sessionEnded.accept(session);
    }
  }

  /** The principal of the request this thread serves now, or {@code null}. */
  static String principalOfThisRequest() {
    return PRINCIPAL_OF_THIS_REQUEST.get();
  }

  /**
   * What the SDK hands the tool handlers and the list filter about an HTTP request that passed
   * the guard: its principal, its session id, and a fresh {@link VisibleTools}.
   */
  static McpTransportContext transportContext(HttpServletRequest request) {
    Map<String, Object> values = new HashMap<>();
    Object principal = request.getAttribute(PRINCIPAL);
    if (principal != null) {
      values.put(PRINCIPAL, principal);
    }
    String session = request.getHeader("Mcp-Session-Id");
    if (session != null) {
      values.put(RegistryTools.SESSION_ID, session);
    }
    values.put(RegistryTools.VISIBLE_TOOLS, new VisibleTools());
    return McpTransportContext.create(values);
  }

  boolean acceptedOrigin(String origin) {
    if (allowedOrigins.contains(origin)) {
      return true;
    }
    try {
      URI uri = new URI(origin);
      String scheme = uri.getScheme();
      String host = uri.getHost();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && host != null
          && LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    } catch (java.net.URISyntaxException e) {
      return false; // "null" (a sandboxed page or a file) and anything unreadable
    }
  }

  private Credential authenticate(String authorization) {
    if (authorization == null) {
      return null;
    }
    byte[] given = authorization.getBytes(StandardCharsets.UTF_8);
    // Every token compared, each in constant time: the answer's timing tells nothing about them.
    Credential match = null;
    for (Credential credential : credentials) {
      if (MessageDigest.isEqual(credential.authorization(), given)) {
        match = credential;
      }
    }
    return match;
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().write(message);
  }
}
