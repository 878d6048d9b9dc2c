package org.anlan.resources;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 专家: a member of the expert pool, consulted by field. */
@Table("resources_expert")
class Expert {

  @Id Long id;
  @Version Long version;
  String name;
  String field;
  String organisation;
  String title;
  String phone;
  String areaCode;
  String note;

  void apply(SaveExpert c) {
    name = c.name().trim();
    field = c.field().trim();
    organisation = Text.orNull(c.organisation());
    title = Text.orNull(c.title());
    phone = Text.orNull(c.phone());
    areaCode = c.areaCode().trim();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  ExpertSummary summary() {
    return new ExpertSummary(id, name, field, organisation, title, phone, areaCode, note, version == null ? 0 : version);
  }
}
