package org.anlan.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Assignments extends ListCrudRepository<Assignment, Long> {

  @Query("select count(*) from directory_assignment where person_id = :personId or deputy_person_id = :personId")
  long countReferencing(Long personId);

  Optional<Assignment> findByTargetTypeAndTargetIdAndRoleCodeAndPersonId(String targetType, String targetId, String roleCode, Long personId);

  boolean existsByTargetTypeAndTargetIdAndRoleCodeAndPersonId(String targetType, String targetId, String roleCode, Long personId);

  List<Assignment> findByTargetTypeAndTargetId(String targetType, String targetId);
}
