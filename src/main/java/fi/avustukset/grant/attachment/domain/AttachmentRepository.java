package fi.avustukset.grant.attachment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

  List<Attachment> findByApplicationNumberOrderByUploadedAtAscIdAsc(String applicationNumber);

  Optional<Attachment> findByIdAndApplicationNumber(Long id, String applicationNumber);
}
