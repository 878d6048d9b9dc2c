package org.anlan.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface BearingBodies extends ListCrudRepository<BearingBody, Long> {

  List<BearingBody> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<BearingBody> findByNameAndAreaCode(String name, String areaCode);
}
