package org.anlan.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Enterprises extends ListCrudRepository<Enterprise, Long> {

  List<Enterprise> findByAreaCodeInOrderByAreaCodeAscNameAscIdAsc(Collection<String> areaCodes);

  Optional<Enterprise> findByCreditCode(String creditCode);
}
