package org.anlan.risk;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code anlan.risk}: the LEC bands and colour mappings and the risk matrix. None of
 * them is national law (rules.md §7 [MEMORY – CHECK]); a district sets its own here.
 *
 * <p>Thresholds read {@code ">320"} or {@code ">=20"} and are tried from the top. LEC {@code bands}
 * are the lower limits of 极其/高度/显著/一般危险 (else 稍有危险); a colour mapping lists the limits of
 * 红, 橙, 黄 (else 蓝). {@code mapping} picks {@code A} or {@code B}. The matrix has one row per L
 * (1–5), one letter per S (1–5): R 红, O 橙, Y 黄, B 蓝.
 */
@ConfigurationProperties("anlan.risk")
public record RiskProperties(@DefaultValue Lec lec, @DefaultValue Matrix matrix) {

  /** LEC policy; defaults: rules.md §7.1, mapping A. */
  public record Lec(
      @DefaultValue({">320", ">160", ">70", ">=20"}) List<String> bands,
      @DefaultValue("A") String mapping,
      @DefaultValue({">160", ">70", ">=20"}) List<String> mappingA,
      @DefaultValue({">320", ">160", ">=70"}) List<String> mappingB) {}

  /** Risk matrix; default: rules.md §7.2 (20–25 红, 15–16 橙, 9–12 黄, 1–8 蓝). */
  public record Matrix(@DefaultValue({"BBBBB", "BBBBY", "BBYYO", "BBYOR", "BYORR"}) List<String> rows) {}
}
