package fi.avustukset.reporting.taxonomy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyHeadingRepository extends JpaRepository<TaxonomyHeading, String> {
  List<TaxonomyHeading> findAllByOrderByPosition();
}
