package org.anlan.risk;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anlan.platform.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns a refused households import into a 422 problem through the platform's {@link Problems}, adding the
 * per-row errors ({@code rows}: row, column, code, message in the request's language) or the
 * missing and unknown columns.
 */
@RestControllerAdvice(assignableTypes = HouseholdExcelController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HouseholdImportAdvice {

  private final Problems problems;
  private final LocaleResolver locales;
  private final MessageSource messages;

  HouseholdImportAdvice(Problems problems, LocaleResolver locales, MessageSource messages) {
    this.problems = problems;
    this.locales = locales;
    this.messages = messages;
  }

  @ExceptionHandler(HouseholdImportRejected.class)
  ResponseEntity<ProblemDetail> rejected(HouseholdImportRejected e, HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.args(), locale);
    problem.setInstance(URI.create(request.getRequestURI()));
    e.properties().forEach((key, value) -> problem.setProperty(key, "rows".equals(key) ? rows((List<?>) value, locale) : value));
    return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private List<Map<String, Object>> rows(List<?> errors, Locale locale) {
    return errors.stream().map(HouseholdRows.RowError.class::cast).map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("row", r.row());
      row.put("column", r.column());
      row.put("code", r.code());
      row.put("message", message("risk.row." + r.code(), r.args().toArray(), locale));
      return row;
    }).toList();
  }

  private String message(String key, Object[] args, Locale locale) {
    try {
      return messages.getMessage(key, args, locale);
    } catch (NoSuchMessageException e) {
      return key;
    }
  }
}
