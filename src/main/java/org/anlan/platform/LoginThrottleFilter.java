package org.anlan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt (form or HTTP Basic) while its user name or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;
  private final Problems problems;

  LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = attemptedUsername(request);
    if (username != null && throttle.isBlocked(username, request.getRemoteAddr())) {
      response.setHeader("Retry-After", "600");
      problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "auth.too-many-attempts");
      return;
    }
    chain.doFilter(request, response);
  }

  static String attemptedUsername(HttpServletRequest request) {
    if ("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login")) {
      return String.valueOf(request.getParameter("username"));
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }
}
