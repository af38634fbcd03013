package fi.avustukset.reporting.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * A programme of the registry (seed 001: e.g. Järjestö 2.0, funded by STEA, coordinated by
 * SOSTE): its funded projects name it by {@code programme_code}.
 */
@Entity
@Table(name = "programme")
public class Programme implements Persistable<String> {

  @Id
  private String code;

  private String name;

  private String funder;

  private String coordinator;

  @Column(name = "created_at")
  private Instant createdAt;

  @Transient
  private boolean persisted;

  protected Programme() {}

  Programme(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
  }

  void update(String name, String funder, String coordinator) {
    this.name = name;
    this.funder = funder;
    this.coordinator = coordinator;
  }

  @PostLoad
  @PostPersist
  void markPersisted() {
    persisted = true;
  }

  @Override
  public String getId() { return code; }

  @Override
  public boolean isNew() { return !persisted; }

  public String getCode() { return code; }

  public String getName() { return name; }

  public String getFunder() { return funder; }

  public String getCoordinator() { return coordinator; }

  public Instant getCreatedAt() { return createdAt; }
}
