package org.anlan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The generic phases of every import: a multipart POST that carries {@code X-Import-Id} is received
 * once Spring has read the upload (before the handler runs), and done (2xx, after the transaction
 * committed) or refused (anything else) when the answer is written. The import code reports the
 * phases in between. A malformed id is refused with 400 {@code import.id-invalid} before anything is
 * imported. Registers itself for {@code /api/**}.
 */
@Component
class ImportProgressInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final ImportProgressRegistry registry;
  private final CurrentActor actors;
  private final Problems problems;

  ImportProgressInterceptor(ImportProgressRegistry registry, CurrentActor actors, Problems problems) {
    this.registry = registry;
    this.actors = actors;
    this.problems = problems;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    String id = request.getHeader(ImportProgressRegistry.HEADER);
    if (id == null || !"POST".equals(request.getMethod()) || !isMultipart(request)) {
      return true;
    }
    if (!ImportProgressRegistry.validId(id)) {
      problems.write(request, response, HttpStatus.BAD_REQUEST, "import.id-invalid");
      return false;
    }
    Optional<Actor> actor = actors.find();
    actor.ifPresent(a -> request.setAttribute(ImportProgressRegistry.ATTRIBUTE, registry.start(a.username(), id)));
    return true;
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (request.getAttribute(ImportProgressRegistry.ATTRIBUTE) instanceof ImportProgress progress) {
      if (ex == null && response.getStatus() >= 200 && response.getStatus() < 300) {
        progress.finish();
      } else {
        progress.refuse();
      }
    }
  }

  private static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
  }
}
