package fi.avustukset.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearFiguresRepository extends JpaRepository<YearFigures, YearFigures.Key> {}
