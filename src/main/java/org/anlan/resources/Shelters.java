package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Shelters extends ListCrudRepository<Shelter, Long> {

  List<Shelter> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);
}
