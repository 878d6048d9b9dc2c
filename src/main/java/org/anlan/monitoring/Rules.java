package org.anlan.monitoring;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface Rules extends ListCrudRepository<Rule, Long> {

  List<Rule> findAllByOrderByTopicAscIdAsc();

  boolean existsByBuiltInTrue();
}
