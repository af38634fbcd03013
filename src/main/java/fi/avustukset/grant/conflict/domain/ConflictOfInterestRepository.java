package fi.avustukset.grant.conflict.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictOfInterestRepository extends JpaRepository<ConflictOfInterest, Long> {

  List<ConflictOfInterest> findByBusinessIdOrderByUserId(String businessId);

  List<ConflictOfInterest> findAllByOrderByBusinessIdAscUserIdAsc();

  boolean existsByUserIdAndBusinessId(String userId, String businessId);

  long deleteByUserIdAndBusinessId(String userId, String businessId);
}
