package fi.avustukset.grant.attachment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  // JPQL: a cached plan (see ConflictOfInterestRepository); read by every eligibility check.
  @Query("select a from Attachment a where a.applicationNumber = ?1 order by a.uploadedAt, a.id")
  List<Attachment> findByApplicationNumberOrderByUploadedAtAscIdAsc(String applicationNumber);

  Optional<Attachment> findByIdAndApplicationNumber(Long id, String applicationNumber);
}
