package fi.avustukset.reporting.taxonomy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the five headings of the activity taxonomy (DOMAIN.md §9). */
@Entity
@Table(name = "taxonomy_heading")
public class TaxonomyHeading {

  @Id
  private String code;

  private int position;

  @Column(name = "name_fi")
  private String nameFi;

  @Column(name = "name_en")
  private String nameEn;

  protected TaxonomyHeading() {}

  public String getCode() { return code; }
  public int getPosition() { return position; }
  public String getNameFi() { return nameFi; }
  public String getNameEn() { return nameEn; }
}
