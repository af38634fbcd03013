package fi.avustukset.grant.scoring.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewScoreRepository extends JpaRepository<ReviewScore, ReviewScore.Key> {

  @Query("select r from ReviewScore r where r.key.applicationNumber = ?1")
  List<ReviewScore> findByApplication(String applicationNumber);
}
