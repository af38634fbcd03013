package fi.avustukset.reporting.activity.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventFeedbackRepository extends JpaRepository<EventFeedback, EventFeedback.Key> {

  @Query("select f from EventFeedback f where f.key.eventId in :eventIds")
  List<EventFeedback> findByEventIds(Collection<Long> eventIds);

  @Query("select f from EventFeedback f where f.key.eventId in (select e.id from ActivityEvent e"
      + " where e.projectCode = :projectCode and e.date between :from and :to)")
  List<EventFeedback> findOfEventsBetween(String projectCode, LocalDate from, LocalDate to);
}
