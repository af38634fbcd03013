package fi.avustukset.grant.conflict.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConflictOfInterestRepository extends JpaRepository<ConflictOfInterest, Long> {

  // JPQL rather than a derived query: Hibernate caches the plan of a query string, while a
  // derived (criteria) query is translated again on every call — this one runs on every
  // process step that checks conflicts of interest (BENCHMARKS.md, "Levers").
  @Query("select c from ConflictOfInterest c where c.businessId = ?1 order by c.userId")
  List<ConflictOfInterest> findByBusinessIdOrderByUserId(String businessId);

  List<ConflictOfInterest> findAllByOrderByBusinessIdAscUserIdAsc();

  boolean existsByUserIdAndBusinessId(String userId, String businessId);

  long deleteByUserIdAndBusinessId(String userId, String businessId);
}
