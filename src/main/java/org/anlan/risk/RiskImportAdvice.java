package org.anlan.risk;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.anlan.platform.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/** Turns a refused import into 422 {@code risk.import-invalid} with the per-row errors under {@code rows}. */
@RestControllerAdvice(assignableTypes = RiskExcelController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RiskImportAdvice {

  private final Problems problems;
  private final LocaleResolver locales;

  RiskImportAdvice(Problems problems, LocaleResolver locales) {
    this.problems = problems;
    this.locales = locales;
  }

  @ExceptionHandler(RiskImportRejected.class)
  ResponseEntity<ProblemDetail> rejected(RiskImportRejected e, HttpServletRequest request) {
    ProblemDetail problem = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, "risk.import-invalid",
        new Object[] {e.rows().size()}, locales.resolveLocale(request));
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("rows", e.rows());
    return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
