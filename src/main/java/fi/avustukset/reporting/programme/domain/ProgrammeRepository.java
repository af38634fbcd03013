package fi.avustukset.reporting.programme.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<Programme, String> {

  List<Programme> findAllByOrderByCode();
}
