package fi.avustukset.reporting.activity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactPeriodRepository extends JpaRepository<ContactPeriod, Long> {

  Optional<ContactPeriod> findByProjectCodeAndPeriodStartAndPeriodEnd(String projectCode,
      LocalDate periodStart, LocalDate periodEnd);

  List<ContactPeriod> findByProjectCodeAndPeriodStartBetweenOrderByPeriodStart(String projectCode,
      LocalDate from, LocalDate to);
}
