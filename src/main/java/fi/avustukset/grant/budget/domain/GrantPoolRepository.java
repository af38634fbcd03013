package fi.avustukset.grant.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GrantPoolRepository extends JpaRepository<GrantPool, Integer> {}
