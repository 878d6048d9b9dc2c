package org.anlan.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Stations extends ListCrudRepository<Station, Long> {

  Optional<Station> findByCode(String code);

  List<Station> findByAreaCodeInOrderByAreaCodeAscCodeAsc(List<String> areaCodes);
}
