package org.anlan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <personal API token>} through the {@link ApiTokenResolver}s. */
class ApiTokenFilter extends OncePerRequestFilter {

  private final List<ApiTokenResolver> resolvers;
  private final Problems problems;

  ApiTokenFilter(List<ApiTokenResolver> resolvers, Problems problems) {
    this.resolvers = resolvers;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    String token = header.substring(7).trim();
    Optional<ActorDetails> details = resolvers.stream().map(r -> r.resolve(token)).flatMap(Optional::stream).findFirst();
    if (details.isEmpty() || !details.get().isEnabled()) {
      problems.write(request, response, HttpStatus.UNAUTHORIZED, "auth.token-invalid");
      return;
    }
    var auth = UsernamePasswordAuthenticationToken.authenticated(details.get(), null, details.get().getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
