package fi.avustukset.minno.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {
  List<Feedback> findByRoundCodeOrderById(String roundCode);
}
