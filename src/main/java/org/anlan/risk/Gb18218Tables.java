package org.anlan.risk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;

/** The tables of GB 18218-2018, read from {@code classpath:risk/gb18218-*.csv} ({@code |}-separated). */
record Gb18218Tables(
    List<Named> table1, List<ToxicGas> table3, Map<String, HazardClass> classes, List<AlphaRow> table5, List<GradeRow> table6) {

  /** A row of 表1: a named chemical and its Q. */
  record Named(String name, String cas, BigDecimal q) {}

  /** A row of 表3: a named toxic gas and its β. */
  record ToxicGas(String name, String cas, BigDecimal beta) {}

  /** A symbol of 表2 with its Q and its β from 表4. */
  record HazardClass(String symbol, String category, String description, BigDecimal q, BigDecimal beta) {}

  /** A row of 表5: α from a minimum number of exposed people. */
  record AlphaRow(int min, BigDecimal alpha, String band) {}

  /** A row of 表6: a grade from a minimum R. */
  record GradeRow(int level, BigDecimal min, String zh, String en) {}

  static Gb18218Tables load() {
    Map<String, HazardClass> classes = new LinkedHashMap<>();
    read("gb18218-classes.csv", c -> new HazardClass(c[0], c[1], c[2], new BigDecimal(c[3]), new BigDecimal(c[4])))
        .forEach(h -> classes.put(h.symbol(), h));
    return new Gb18218Tables(
        read("gb18218-table1.csv", c -> new Named(c[0], c[1], new BigDecimal(c[2]))),
        read("gb18218-table3.csv", c -> new ToxicGas(c[0], c[1], new BigDecimal(c[2]))),
        Map.copyOf(classes),
        read("gb18218-table5.csv", c -> new AlphaRow(Integer.parseInt(c[0]), new BigDecimal(c[1]), c[2])).stream()
            .sorted(Comparator.comparingInt(AlphaRow::min).reversed()).toList(),
        read("gb18218-table6.csv", c -> new GradeRow(Integer.parseInt(c[0]), new BigDecimal(c[1]), c[2], c[3])).stream()
            .sorted(Comparator.comparing(GradeRow::min).reversed()).toList());
  }

  /** 表1 by CAS when one is given, else by the exact name. */
  Optional<Named> named(String cas, String name) {
    return blank(cas) ? table1.stream().filter(n -> n.name().equals(name.strip())).findFirst()
        : table1.stream().filter(n -> n.cas().equals(cas.strip())).findFirst();
  }

  /** 表3 by CAS when known, else by the exact name. */
  Optional<ToxicGas> toxicGas(String cas, String name) {
    return blank(cas) ? table3.stream().filter(t -> t.name().equals(name.strip())).findFirst()
        : table3.stream().filter(t -> t.cas().equals(cas.strip())).findFirst();
  }

  AlphaRow alpha(int exposedPopulation) {
    return table5.stream().filter(a -> exposedPopulation >= a.min()).findFirst().orElseThrow();
  }

  GradeRow grade(BigDecimal r) {
    return table6.stream().filter(g -> r.compareTo(g.min()) >= 0).findFirst().orElse(table6.get(table6.size() - 1));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static <T> List<T> read(String file, Function<String[], T> row) {
    var resource = new ClassPathResource("risk/" + file);
    try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> row.apply(l.split("\\|", -1))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
