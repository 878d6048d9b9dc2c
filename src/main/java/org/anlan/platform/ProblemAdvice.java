package org.anlan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anlan.shared.ConflictException;
import org.anlan.shared.DomainException;
import org.anlan.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Turns every error into {@code application/problem+json} in the request's language. */
@RestControllerAdvice
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final Problems problems;
  private final LocaleResolver locales;

  ProblemAdvice(Problems problems, LocaleResolver locales) {
    this.problems = problems;
    this.locales = locales;
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
    HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
        : e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    return respond(request, status, e.code(), e.args());
  }

  /** 422 with every bad row, each message in the request's language. */
  @ExceptionHandler(ImportRejectedException.class)
  ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e, HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    ResponseEntity<ProblemDetail> response = respond(request, HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.args());
    ProblemDetail problem = response.getBody();
    e.properties().forEach(problem::setProperty);
    if (!e.rows().isEmpty()) {
      problem.setProperty("rows", e.rows().stream().map(r -> {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        if (r.sheet() != null) {
          row.put("sheet", r.sheet());
        }
        row.put("row", r.row());
        row.put("column", r.column());
        row.put("code", r.code());
        row.put("message", r.message() != null ? r.message() : problems.message(r.messageKey(), r.args(), locale));
        return row;
      }).toList());
    }
    return response;
  }

  @ExceptionHandler(ScopeDeniedException.class)
  ResponseEntity<ProblemDetail> scope(ScopeDeniedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.FORBIDDEN, e.code(), e.args());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.FORBIDDEN, "access.denied");
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
    return respond(request, HttpStatus.UNAUTHORIZED, "auth.required");
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalid(BindException e, HttpServletRequest request) {
    List<Map<String, Object>> errors = e.getFieldErrors().stream()
        .map(f -> Map.<String, Object>of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
        .toList();
    return invalid(request, errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e, HttpServletRequest request) {
    List<Map<String, Object>> errors = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> Map.<String, Object>of("field", String.valueOf(r.getMethodParameter().getParameterName()), "message", String.valueOf(err.getDefaultMessage()))))
        .toList();
    return invalid(request, errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalid(ConstraintViolationException e, HttpServletRequest request) {
    List<Map<String, Object>> errors = e.getConstraintViolations().stream()
        .map(v -> Map.<String, Object>of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
        .toList();
    return invalid(request, errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedBodyRequest.BodyTooLargeException) {
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "request.too-large");
      }
    }
    return respond(request, HttpStatus.BAD_REQUEST, "request.malformed");
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : ((MissingServletRequestParameterException) e).getParameterName();
    return respond(request, HttpStatus.BAD_REQUEST, "request.parameter-invalid", name);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return respond(request, HttpStatus.NOT_FOUND, "resource.not-found", request.getRequestURI());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed", e.getMethod());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type", String.valueOf(e.getContentType()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return respond(request, HttpStatus.CONTENT_TOO_LARGE, "request.too-large");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
    return respond(request, HttpStatus.BAD_REQUEST, "request.multipart-invalid");
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
    return respond(request, HttpStatus.CONFLICT, "conflict.stale-version");
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
    return respond(request, HttpStatus.CONFLICT, "conflict.duplicate");
  }

  /** The client went away (a closed live stream, a cancelled download): there is no one to answer. */
  @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
  void clientGone() {
    // nothing to write
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> internal(Exception e, HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = problems.internal(locale);
    log.error("Unhandled error, correlation id {}", problem.getProperties().get("correlationId"), e);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** 400 {@code request.invalid} listing each bad field and why. */
  private ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, List<Map<String, Object>> errors) {
    ResponseEntity<ProblemDetail> response = respond(request, HttpStatus.BAD_REQUEST, "request.invalid", errors.size());
    response.getBody().setProperty("errors", errors);
    return response;
  }

  private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, HttpStatus status, String code, Object... args) {
    ProblemDetail problem = problems.build(status, code, args, locales.resolveLocale(request));
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
