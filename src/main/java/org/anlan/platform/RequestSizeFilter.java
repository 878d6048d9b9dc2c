package org.anlan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON or form body larger than {@code anlan.platform.max-json-body} with 413 before it
 * is read, so a 10 MB text field never reaches a controller. Uploads (multipart) have their own
 * limit in {@code spring.servlet.multipart}.
 */
class RequestSizeFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final Problems problems;

  RequestSizeFilter(long maxBytes, Problems problems) {
    this.maxBytes = maxBytes;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    if (!multipart && request.getContentLengthLong() > maxBytes) {
      problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "request.too-large");
      return;
    }
    chain.doFilter(multipart ? request : new LimitedBodyRequest(request, maxBytes), response);
  }
}
