package org.anlan.warning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Warnings extends ListCrudRepository<Warning, Long> {

  List<Warning> findByStatusInOrderByIdDesc(Collection<WarningStatus> statuses);

  boolean existsByExternalKey(String externalKey);
}
