package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Teams extends ListCrudRepository<Team, Long> {

  List<Team> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<Team> findByNameAndAreaCode(String name, String areaCode);
}
