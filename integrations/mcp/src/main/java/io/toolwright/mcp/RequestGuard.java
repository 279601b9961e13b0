package io.toolwright.mcp;

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
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before the SDK sees it. The {@code Origin} header: a web page the user
 * visits could otherwise reach a server on localhost through DNS rebinding, so, as the MCP
 * security practices require, an origin that is neither loopback nor allowed is refused (403). A
 * request without {@code Origin} is not from a browser and passes. Then the bearer token, when one
 * is configured (401 with {@code WWW-Authenticate: Bearer} without it).
 */
final class RequestGuard implements Filter {
  private static final Set<String> LOOPBACK_HOSTS =
      Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final Set<String> allowedOrigins;
  private final byte[] expectedAuthorization;

  RequestGuard(HttpOptions options) {
    this.allowedOrigins = options.allowedOrigins();
    this.expectedAuthorization =
        options.requiresToken()
            ? ("Bearer " + options.bearerToken()).getBytes(StandardCharsets.UTF_8)
            : null;
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
    if (expectedAuthorization != null && !authorized(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer");
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "A bearer token is required");
      return;
    }
    chain.doFilter(req, res);
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

  private boolean authorized(String authorization) {
    // Constant time, so that the answer's timing tells nothing about the token.
    return authorization != null
        && MessageDigest.isEqual(
            expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=utf-8");
    response.getWriter().write(message);
  }
}
