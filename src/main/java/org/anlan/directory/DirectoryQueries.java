package org.anlan.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the directory, in SQL: people with their organisation, assignments with names. */
@Component
class DirectoryQueries {

  private static final String PERSON = """
      select p.*, o.name as organisation_name from directory_person p
      left join directory_organisation o on o.id = p.organisation_id""";

  private static final String ASSIGNMENT = """
      select a.*, p.name as person_name, p.mobile as person_mobile, p.available as person_available,
             d.name as deputy_name, d.mobile as deputy_mobile, d.available as deputy_available from directory_assignment a
      join directory_person p on p.id = a.person_id left join directory_person d on d.id = a.deputy_person_id""";

  private final JdbcClient jdbc;

  DirectoryQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PersonSummary> person(long id) {
    return jdbc.sql(PERSON + " where p.id = :id").param("id", id).query(DirectoryQueries::person).optional();
  }

  List<PersonSummary> people(Collection<Long> ids) {
    return ids.isEmpty() ? List.of()
        : jdbc.sql(PERSON + " where p.id in (:ids)").param("ids", ids).query(DirectoryQueries::person).list();
  }

  PersonPage people(Collection<String> areas, String query, int page, int size) {
    String where = " where p.area_code in (:areas)"
        + (query == null || query.isBlank() ? "" : " and (lower(p.name) like :q or p.mobile like :q or lower(coalesce(p.position, '')) like :q)");
    String q = query == null ? "" : "%" + query.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    long total = jdbc.sql("select count(*) from directory_person p" + where).param("areas", areas).param("q", q)
        .query(Long.class).single();
    List<PersonSummary> items = jdbc.sql(PERSON + where + " order by p.area_code, p.name, p.id limit :size offset :offset")
        .param("areas", areas).param("q", q).param("size", size).param("offset", (long) page * size)
        .query(DirectoryQueries::person).list();
    return new PersonPage(items, total, page, size);
  }

  List<PersonSummary> allPeople(Collection<String> areas) {
    return jdbc.sql(PERSON + " where p.area_code in (:areas) order by p.area_code, p.name, p.id").param("areas", areas)
        .query(DirectoryQueries::person).list();
  }

  Optional<OrganisationSummary> organisation(long id) {
    return jdbc.sql("select * from directory_organisation where id = :id").param("id", id)
        .query(DirectoryQueries::organisation).optional();
  }

  List<OrganisationSummary> organisations(Collection<String> areas, String query) {
    String q = query == null ? "" : "%" + query.trim().toLowerCase(Locale.ROOT) + "%";
    return jdbc.sql("select * from directory_organisation where area_code in (:areas)"
            + (q.isEmpty() ? "" : " and lower(name) like :q") + " order by area_code, kind, name, id")
        .param("areas", areas).param("q", q).query(DirectoryQueries::organisation).list();
  }

  Optional<AssignmentSummary> assignment(long id, LocalDate today) {
    return jdbc.sql(ASSIGNMENT + " where a.id = :id").param("id", id).query((rs, n) -> assignment(rs, today)).optional();
  }

  /** Assignments in the areas, optionally of one role and/or naming one person (as person or deputy). */
  List<AssignmentSummary> assignments(Collection<String> areas, String roleCode, Long personId, LocalDate today) {
    return jdbc.sql(ASSIGNMENT + " where a.area_code in (:areas)"
            + (roleCode == null ? "" : " and a.role_code = :role")
            + (personId == null ? "" : " and (a.person_id = :person or a.deputy_person_id = :person)")
            + " order by a.area_code, a.role_code, a.id")
        .param("areas", areas).param("role", String.valueOf(roleCode)).param("person", personId == null ? -1L : personId)
        .query((rs, n) -> assignment(rs, today)).list();
  }

  /** The assignments of one target, by role (in the order of {@link ResponsibilityRole}) and id. */
  List<AssignmentSummary> assignmentsOf(AssignmentTarget target, LocalDate today) {
    List<String> order = java.util.Arrays.stream(ResponsibilityRole.values()).map(Enum::name).toList();
    return jdbc.sql(ASSIGNMENT + " where a.target_type = :type and a.target_id = :id order by a.id")
        .param("type", target.type().name()).param("id", target.id()).query((rs, n) -> assignment(rs, today)).list().stream()
        .sorted(java.util.Comparator.comparingInt((AssignmentSummary a) -> order.indexOf(a.roleCode()))).toList();
  }

  /** The assignments of a role at an area, as the fallback rule sees them. */
  List<Resolution.Candidate> candidates(String areaCode, String roleCode) {
    return jdbc.sql("""
            select a.id, a.person_id, p.available as person_available, a.deputy_person_id,
                   d.available as deputy_available, a.valid_from, a.valid_to
            from directory_assignment a join directory_person p on p.id = a.person_id
            left join directory_person d on d.id = a.deputy_person_id
            where a.target_type = 'AREA' and a.target_id = :area and a.role_code = :role order by a.id""")
        .param("area", areaCode).param("role", roleCode)
        .query((rs, n) -> new Resolution.Candidate(rs.getLong("id"), rs.getLong("person_id"), rs.getBoolean("person_available"),
            (Long) rs.getObject("deputy_person_id", Long.class), rs.getBoolean("deputy_available"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
        .list();
  }

  private static PersonSummary person(ResultSet rs, int n) throws SQLException {
    return new PersonSummary(rs.getLong("id"), rs.getString("name"), rs.getObject("organisation_id", Long.class),
        rs.getString("organisation_name"), rs.getString("position"), rs.getString("mobile"), rs.getString("email"),
        rs.getString("other_channels"), rs.getString("area_code"), rs.getBoolean("available"), rs.getString("note"),
        rs.getLong("version"));
  }

  private static OrganisationSummary organisation(ResultSet rs, int n) throws SQLException {
    return new OrganisationSummary(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
        rs.getString("area_code"), rs.getObject("parent_id", Long.class), Organisation.splitCommittees(rs.getString("committees")),
        rs.getString("note"), rs.getLong("version"));
  }

  private static AssignmentSummary assignment(ResultSet rs, LocalDate today) throws SQLException {
    LocalDate from = rs.getObject("valid_from", LocalDate.class);
    LocalDate to = rs.getObject("valid_to", LocalDate.class);
    boolean active = (from == null || !from.isAfter(today)) && (to == null || !to.isBefore(today));
    Long deputy = rs.getObject("deputy_person_id", Long.class);
    return new AssignmentSummary(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
        rs.getString("person_mobile"), rs.getBoolean("person_available"), deputy, rs.getString("deputy_name"),
        rs.getString("deputy_mobile"), deputy != null && rs.getBoolean("deputy_available"), rs.getString("role_code"),
        rs.getString("target_type"), rs.getString("target_id"), rs.getString("area_code"), from, to, rs.getString("note"),
        active, rs.getLong("version"));
  }
}
