package fi.avustukset.platform.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose key is assigned by the application (an application number, a project code, a
 * rule of an application …). Spring Data cannot tell such a new entity from a stored one by its
 * key, so {@code save} would {@code merge} it: a SELECT per row before the INSERT, and of two
 * identical concurrent creates the second would silently merge into the first's row. An entity
 * made with {@code new} here is new until it is persisted; one loaded from the database is not:
 * {@code save} inserts the new one (a duplicate key fails instead of merging) and merges only
 * what was loaded.
 */
@MappedSuperclass
public abstract class AssignedIdEntity<ID> implements Persistable<ID> {

  @Transient
  private boolean isNew = true;

  @Override
  public boolean isNew() {
    return isNew;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    isNew = false;
  }
}
