package fi.avustukset.reporting.taxonomy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, String> {
  List<TaxonomyTerm> findAllByOrderByHeadingCodeAscPositionAscCodeAsc();
}
