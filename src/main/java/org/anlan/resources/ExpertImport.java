package org.anlan.resources;

import org.anlan.platform.Sheets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anlan.area.Area;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports experts (sheet 专家) all or nothing: every row is checked first; then experts, keyed by
 * name and phone, are created or updated (note kept) through {@link ExpertDesk}, audited.
 */
@Service
class ExpertImport {

  static final String EXPERTS = "专家";
  static final Map<String, List<String>> LAYOUT = Map.of(EXPERTS,
      List.of("姓名", "专业领域", "单位", "职称", "电话", "区域代码"));

  private final ExpertDesk desk;
  private final Experts experts;
  private final ImportChecks checking;

  ExpertImport(ExpertDesk desk, Experts experts, ImportChecks checking) {
    this.desk = desk;
    this.experts = experts;
    this.checking = checking;
  }

  @Transactional
  ImportCounts importWorkbook(InputStream in) {
    RowChecks checks = checking.start();
    Map<String, SaveExpert> planned = new LinkedHashMap<>();
    for (Sheets.Line line : checks.read(in, LAYOUT).get(EXPERTS)) {
      String name = checks.required(line, "姓名", 50);
      String phone = checks.required(line, "电话", 20);
      if (!phone.matches("[0-9+\\- ]*")) {
        checks.add(line, "电话", "invalid", phone);
      }
      String field = checks.required(line, "专业领域", 50);
      Area area = checks.area(line, "区域代码");
      String key = name + "|" + phone;
      if (planned.containsKey(key)) {
        checks.add(line, "姓名", "duplicate", name);
      }
      if (area != null) {
        planned.put(key, new SaveExpert(name, field, checks.optional(line, "单位", 100), checks.optional(line, "职称", 50),
            phone, area.code().value(), null, null));
      }
    }
    checks.throwIfAny();
    int created = 0;
    int updated = 0;
    for (SaveExpert e : planned.values()) {
      Expert existing = experts.findByNameAndPhone(e.name(), e.phone()).orElse(null);
      if (existing == null) {
        desk.create(e);
        created++;
      } else {
        desk.update(existing.id, new SaveExpert(e.name(), e.field(), e.organisation(), e.title(), e.phone(), e.areaCode(),
            existing.note, null));
        updated++;
      }
    }
    return new ImportCounts(created, updated, 0);
  }

  /** The expert sheet rows of {@code list}. */
  static Map<String, List<List<String>>> rows(List<ExpertSummary> list) {
    List<List<String>> rows = new ArrayList<>();
    list.forEach(e -> rows.add(Arrays.asList(e.name(), e.field(), e.organisation(), e.title(), e.phone(), e.areaCode())));
    return Map.of(EXPERTS, rows);
  }
}
