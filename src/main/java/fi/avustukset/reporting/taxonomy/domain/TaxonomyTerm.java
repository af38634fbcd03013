package fi.avustukset.reporting.taxonomy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A term of the activity taxonomy (DOMAIN.md §9) with its public partner. Terms are never
 * deleted (events refer to them); an inactive term classifies no new events.
 */
@Entity
@Table(name = "taxonomy_term")
public class TaxonomyTerm {

  @Id
  private String code;

  @Column(name = "heading_code")
  private String headingCode;

  private int position;

  @Column(name = "name_fi")
  private String nameFi;

  @Column(name = "name_en")
  private String nameEn;

  private String description;

  @Enumerated(EnumType.STRING)
  private PublicPartner partner;

  private boolean active;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected TaxonomyTerm() {}

  public TaxonomyTerm(String code) {
    this.code = code;
  }

  public void update(String headingCode, int position, String nameFi, String nameEn,
      String description, PublicPartner partner, boolean active, Instant now, String by) {
    this.headingCode = headingCode;
    this.position = position;
    this.nameFi = nameFi;
    this.nameEn = nameEn;
    this.description = description;
    this.partner = partner;
    this.active = active;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public String getCode() { return code; }
  public String getHeadingCode() { return headingCode; }
  public int getPosition() { return position; }
  public String getNameFi() { return nameFi; }
  public String getNameEn() { return nameEn; }
  public String getDescription() { return description; }
  public PublicPartner getPartner() { return partner; }
  public boolean isActive() { return active; }
  public Instant getUpdatedAt() { return updatedAt; }
  public String getUpdatedBy() { return updatedBy; }
}
