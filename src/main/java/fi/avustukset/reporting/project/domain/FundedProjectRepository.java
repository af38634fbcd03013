package fi.avustukset.reporting.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundedProjectRepository extends JpaRepository<FundedProject, String> {

  List<FundedProject> findByProgrammeCodeOrderByProjectCode(String programmeCode);

  List<FundedProject> findByBusinessIdInOrderByProjectCode(List<String> businessIds);
}
