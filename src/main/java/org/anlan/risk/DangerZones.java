package org.anlan.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DangerZones extends ListCrudRepository<DangerZone, Long> {

  List<DangerZone> findByAreaCodeInOrderByAreaCodeAscCodeAsc(Collection<String> areaCodes);

  Optional<DangerZone> findByCode(String code);
}
