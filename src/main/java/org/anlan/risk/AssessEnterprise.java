package org.anlan.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 风险评估 of an enterprise by LEC ({@code l}, {@code e}, {@code c}) or by the risk matrix ({@code l},
 * {@code s}); the resulting colour becomes the enterprise's assessed colour.
 */
public record AssessEnterprise(@NotNull Method method, Double l, Double e, Double c, Double s,
    @Size(max = 500) String note) {

  /** LEC 作业条件危险性评价法 or MATRIX 风险矩阵. */
  public enum Method { LEC, MATRIX }
}
