package fi.avustukset.reporting.project.domain;

import fi.avustukset.platform.domain.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A funded project whose activity is reported (DOMAIN.md §8), keyed by its project code. */
@Entity
@Table(name = "funded_project")
public class FundedProject extends AssignedIdEntity<String> {

  @Id
  @Column(name = "project_code")
  private String projectCode;

  private String name;

  @Column(name = "organization_name")
  private String organizationName;

  /** Y-tunnus of the organisation, when known: applicants of it may see the project. */
  @Column(name = "business_id")
  private String businessId;

  @Column(name = "programme_code")
  private String programmeCode;

  /** The granted application the project came from, if any. */
  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected FundedProject() {}

  public FundedProject(String projectCode, Instant now) {
    this.projectCode = projectCode;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void update(String name, String organizationName, String businessId,
      String programmeCode, String applicationNumber, Instant now) {
    this.name = name;
    this.organizationName = organizationName;
    if (businessId != null) {
      this.businessId = businessId;
    }
    this.programmeCode = programmeCode;
    if (applicationNumber != null) {
      this.applicationNumber = applicationNumber;
    }
    this.updatedAt = now;
  }

  public String getProjectCode() { return projectCode; }
  public String getName() { return name; }
  public String getOrganizationName() { return organizationName; }
  public String getBusinessId() { return businessId; }
  public String getProgrammeCode() { return programmeCode; }
  public String getApplicationNumber() { return applicationNumber; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }

  @Override
  public String getId() {
    return projectCode;
  }


}
