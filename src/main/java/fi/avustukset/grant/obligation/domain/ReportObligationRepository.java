package fi.avustukset.grant.obligation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportObligationRepository extends JpaRepository<ReportObligation, Long> {

  List<ReportObligation> findByApplicationNumberOrderByYear(String applicationNumber);

  Optional<ReportObligation> findByApplicationNumberAndYear(String applicationNumber, int year);
}
