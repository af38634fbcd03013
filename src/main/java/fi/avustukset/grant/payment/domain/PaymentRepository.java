package fi.avustukset.grant.payment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentRepository extends JpaRepository<PaymentInstalment, Long> {

  List<PaymentInstalment> findByApplicationNumberOrderByYear(String applicationNumber);

  Optional<PaymentInstalment> findByApplicationNumberAndYear(String applicationNumber, int year);
}
