package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Experts extends ListCrudRepository<Expert, Long> {

  List<Expert> findByAreaCodeInOrderByFieldAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<Expert> findByNameAndPhone(String name, String phone);
}
