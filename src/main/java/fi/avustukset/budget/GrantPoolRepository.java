package fi.avustukset.budget;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantPoolRepository extends JpaRepository<GrantPool, Integer> {}
