package fi.avustukset.grant.conflict.domain;

import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.domain.BusinessId;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.TextRules;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Declared conflicts of interest (E11): a person with a conflict never prepares, reviews or
 * presents the applications of that organisation; a committee member with one is recused.
 */
@Service
@Transactional
public class ConflictService {

  private final ConflictOfInterestRepository conflicts;
  private final Clock clock;
  private final AuditLog audit;

  public ConflictService(ConflictOfInterestRepository conflicts, Clock clock,
      AuditLog audit) {
    this.conflicts = conflicts;
    this.clock = clock;
    this.audit = audit;
  }

  /** A declaration and whether this call recorded it (false: it was there already). */
  public record Declared(ConflictOfInterest conflict, boolean created) {}

  public ConflictOfInterest declare(String userId, String businessId, String reason,
      String declaredBy) {
    return declareOnce(userId, businessId, reason, declaredBy).conflict();
  }

  public Declared declareOnce(String userId, String businessId, String reason,
      String declaredBy) {
    List<FieldError> errors = new ArrayList<>();
    if (userId == null || !userId.matches("[A-Za-z0-9]{1,64}")) {
      errors.add(new FieldError("userId", "käyttäjätunnus puuttuu tai on virheellinen"));
    }
    if (!BusinessId.isValid(businessId)) {
      errors.add(new FieldError("businessId", "virheellinen Y-tunnus (muoto NNNNNNN-N)"));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "esteellisyyden peruste puuttuu"));
    } else if (TextRules.check("reason", reason, 1000, false) != null) {
      errors.add(TextRules.check("reason", reason, 1000, false));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (conflicts.existsByUserIdAndBusinessId(userId, businessId)) {
      return new Declared(conflicts.findByBusinessIdOrderByUserId(businessId).stream()
          .filter(c -> c.getUserId().equals(userId)).findFirst().orElseThrow(), false);
    }
    Map<String, Set<String>> cache = transactionCache();
    if (cache != null) {
      cache.remove(businessId);
    }
    // saveAndFlush: a concurrent identical declaration fails here, inside this call, and the
    // web adapter's retry then finds it (Concurrent.retryOnRace)
    ConflictOfInterest saved = conflicts.saveAndFlush(new ConflictOfInterest(userId, businessId,
        reason.trim(), declaredBy, Instant.now(clock)));
    audit.record(caseKey(businessId), declaredBy, "Esteellisyys ilmoitettu",
        "Käyttäjä " + userId + " esteellinen organisaation " + businessId + " asioissa (E11): "
            + reason.trim());
    return new Declared(saved, true);
  }

  /**
   * The audit key of an organisation's records (V87): a declaration concerns every application
   * of the organisation, so the audit trail of each of them shows it.
   */
  public static String caseKey(String businessId) {
    return "org:" + businessId;
  }

  /**
   * Withdraws a declaration (the person is no longer disqualified, e.g. left the NGO's board);
   * from then on the person may again get that organisation's tasks. False when there was none.
   */
  public boolean withdraw(String userId, String businessId, String withdrawnBy) {
    if (userId == null || businessId == null) {
      return false;
    }
    ConflictOfInterest existing = conflicts.findByBusinessIdOrderByUserId(businessId).stream()
        .filter(c -> c.getUserId().equals(userId)).findFirst().orElse(null);
    if (existing == null) {
      return false;
    }
    Map<String, Set<String>> cache = transactionCache();
    if (cache != null) {
      cache.remove(businessId);
    }
    conflicts.deleteByUserIdAndBusinessId(userId, businessId);
    audit.record(caseKey(businessId), withdrawnBy, "Esteellisyys peruttu",
        "Käyttäjän " + userId + " esteellisyys organisaation " + businessId
            + " asioissa peruttu (ilmoitettu " + existing.getDeclaredAt() + ": "
            + existing.getReason() + ")");
    return true;
  }

  @Transactional(readOnly = true)
  public boolean isConflicted(String userId, String businessId) {
    return userId != null && businessId != null && conflictedUsers(businessId).contains(userId);
  }

  /**
   * Who has declared a conflict with the organisation. Looked up once per transaction and
   * organisation: the guard of a task asks in its candidate expressions and its create,
   * assignment and complete listeners, often in one transaction (BENCHMARKS.md, lever 3).
   * A declaration in the same transaction clears the remembered answer.
   */
  @Transactional(readOnly = true)
  public Set<String> conflictedUsers(String businessId) {
    Map<String, Set<String>> cache = transactionCache();
    if (cache == null) {
      return load(businessId);
    }
    return cache.computeIfAbsent(businessId, this::load);
  }

  private Set<String> load(String businessId) {
    return Set.copyOf(conflicts.findByBusinessIdOrderByUserId(businessId).stream()
        .map(ConflictOfInterest::getUserId).collect(Collectors.toSet()));
  }

  private static final Object CACHE_KEY = new Object();

  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> transactionCache() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Set<String>> cache =
        (Map<String, Set<String>>) TransactionSynchronizationManager.getResource(CACHE_KEY);
    if (cache == null) {
      Map<String, Set<String>> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(CACHE_KEY, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(CACHE_KEY);
        }
      });
      cache = fresh;
    }
    return cache;
  }

  @Transactional(readOnly = true)
  public List<ConflictOfInterest> list(String businessId) {
    return businessId == null ? conflicts.findAllByOrderByBusinessIdAscUserIdAsc()
        : conflicts.findByBusinessIdOrderByUserId(businessId);
  }
}
