package org.anlan.directory;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface People extends ListCrudRepository<Person, Long> {

  Optional<Person> findByMobile(String mobile);

  boolean existsByOrganisationId(Long organisationId);
}
