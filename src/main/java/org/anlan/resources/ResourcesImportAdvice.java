package org.anlan.resources;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anlan.platform.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/** Turns a refused resources import into a 422 problem with the bad rows ({@code rows}: sheet, row, column, code, message). */
@RestControllerAdvice(assignableTypes = ResourcesExcelController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResourcesImportAdvice {

  private final Problems problems;
  private final LocaleResolver locales;
  private final MessageSource messages;

  ResourcesImportAdvice(Problems problems, LocaleResolver locales, MessageSource messages) {
    this.problems = problems;
    this.locales = locales;
    this.messages = messages;
  }

  @ExceptionHandler(ImportRefused.class)
  ResponseEntity<ProblemDetail> refused(ImportRefused e, HttpServletRequest request) {
    Locale locale = locales.resolveLocale(request);
    ProblemDetail problem = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.args(), locale);
    problem.setInstance(URI.create(request.getRequestURI()));
    if (!e.rows().isEmpty()) {
      problem.setProperty("rows", rows(e.rows(), locale));
    }
    return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private List<Map<String, Object>> rows(List<ImportRefused.RowProblem> errors, Locale locale) {
    return errors.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("sheet", r.sheet());
      row.put("row", r.row());
      row.put("column", r.column());
      row.put("code", r.code());
      row.put("message", messages.getMessage("resources.row." + r.code(), r.args(), "resources.row." + r.code(), locale));
      return row;
    }).toList();
  }
}
