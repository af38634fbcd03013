package fi.avustukset.reporting.activity.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityEventRepository extends JpaRepository<ActivityEvent, Long> {

  List<ActivityEvent> findByProjectCode(String projectCode);

  List<ActivityEvent> findByProjectCodeAndDateBetweenOrderByDateAscIdAsc(String projectCode,
      LocalDate from, LocalDate to);

  long countByProjectCodeAndDateBetween(String projectCode, LocalDate from, LocalDate to);

  boolean existsByProjectCodeAndNaturalKey(String projectCode, String naturalKey);
}
