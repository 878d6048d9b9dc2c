package org.anlan.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** 人员: a person who can be reached, with their contact channels and the area they belong to. */
@Table("directory_person")
class Person {

  @Id Long id;
  @Version Long version;
  String name;
  Long organisationId;
  String position;
  String mobile;
  String email;
  String otherChannels;
  String areaCode;
  boolean available = true;
  String note;

  void apply(SavePerson c) {
    name = c.name().trim();
    organisationId = c.organisationId();
    position = Text.orNull(c.position());
    mobile = c.mobile().trim();
    email = Text.orNull(c.email());
    otherChannels = Text.orNull(c.otherChannels());
    areaCode = c.areaCode().trim();
    available = c.available() == null || c.available();
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }
}
