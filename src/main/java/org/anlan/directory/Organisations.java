package org.anlan.directory;

import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

  boolean existsByParentId(Long parentId);
}
