package org.anlan.risk;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface HazardSources extends ListCrudRepository<HazardSource, Long> {

  List<HazardSource> findByEnterpriseIdOrderByGradeAscIdAsc(long enterpriseId);
}
