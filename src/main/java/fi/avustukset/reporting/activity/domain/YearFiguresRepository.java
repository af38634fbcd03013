package fi.avustukset.reporting.activity.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearFiguresRepository extends JpaRepository<YearFigures, YearFigures.Key> {}
