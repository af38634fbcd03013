package fi.avustukset.grant.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The operating and innovation grant pool of one budget year (DOMAIN.md §5 (c)). */
@Entity
@Table(name = "budget_grant_pool")
public class GrantPool {

  @Id
  @Column(name = "budget_year")
  private Integer year;

  private BigDecimal amount;

  private String note;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected GrantPool() {}

  GrantPool(int year) {
    this.year = year;
  }

  void set(BigDecimal amount, String note, String userId, Instant now) {
    this.amount = amount;
    this.note = note;
    this.updatedBy = userId;
    this.updatedAt = now;
  }

  public int getYear() { return year; }
  public BigDecimal getAmount() { return amount; }
  public String getNote() { return note; }
  public String getUpdatedBy() { return updatedBy; }
  public Instant getUpdatedAt() { return updatedAt; }
}
