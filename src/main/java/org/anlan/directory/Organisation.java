package org.anlan.directory;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * 单位: a committee member unit, department, town office, village committee or enterprise. Its
 * committee memberships (区安委会, 区减灾委 …) are kept as a comma-separated set of tags.
 */
@Table("directory_organisation")
class Organisation {

  @Id Long id;
  @Version Long version;
  String name;
  OrganisationKind kind;
  String areaCode;
  Long parentId;
  String committees = "";
  String note;

  void apply(SaveOrganisation c) {
    name = c.name().trim();
    kind = c.kind();
    areaCode = c.areaCode().trim();
    parentId = c.parentId();
    committees = joinCommittees(c.committees());
    note = Text.orNull(c.note());
    if (c.version() != null) {
      version = c.version();
    }
  }

  static String joinCommittees(Set<String> tags) {
    return tags == null ? "" : tags.stream().map(String::trim).filter(s -> !s.isEmpty())
        .map(s -> s.replace(",", "，")).collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
  }

  static Set<String> splitCommittees(String joined) {
    return joined == null || joined.isBlank() ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
  }
}
