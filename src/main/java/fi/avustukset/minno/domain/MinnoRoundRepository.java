package fi.avustukset.minno.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinnoRoundRepository extends JpaRepository<MinnoRound, String> {
  List<MinnoRound> findByRoundCodeStartingWith(String prefix);
}
