package org.anlan.resources;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Warehouses extends ListCrudRepository<Warehouse, Long> {

  List<Warehouse> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<Warehouse> findByNameAndAreaCode(String name, String areaCode);
}
