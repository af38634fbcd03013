package fi.avustukset.grant.agreement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, String> {

  List<Agreement> findByBusinessIdInOrderByApplicationNumber(List<String> businessIds);
}
