package fi.avustukset.reporting.activity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

  Optional<Survey> findByProjectCodeAndCode(String projectCode, String code);

  List<Survey> findByProjectCodeAndConductedOnBetweenOrderByConductedOn(String projectCode,
      LocalDate from, LocalDate to);
}
