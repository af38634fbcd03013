package fi.avustukset.minno.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepEffortRepository extends JpaRepository<StepEffort, Long> {
  List<StepEffort> findByRoundCodeOrderByStepNumber(String roundCode);
}
