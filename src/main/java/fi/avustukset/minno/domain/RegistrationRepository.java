package fi.avustukset.minno.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {
  List<Registration> findByRoundCodeOrderByRegistrationNumber(String roundCode);

  List<Registration> findByOutcomeAndCarriedIntoRoundIsNullOrderById(Outcome outcome);
}
