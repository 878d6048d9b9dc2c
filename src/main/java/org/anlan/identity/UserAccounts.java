package org.anlan.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

  Optional<UserAccount> findByUsername(String username);

  List<UserAccount> findAllByOrderByUsername();
}
