package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Shelters extends ListCrudRepository<Shelter, Long> {

  List<Shelter> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<Shelter> findByNameAndAreaCode(String name, String areaCode);
}
