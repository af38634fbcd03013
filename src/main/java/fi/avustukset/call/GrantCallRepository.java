package fi.avustukset.call;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantCallRepository extends JpaRepository<GrantCall, String> {

  long countByCallKeyStartingWith(String prefix);
}
