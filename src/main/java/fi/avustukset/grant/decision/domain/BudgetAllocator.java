package fi.avustukset.grant.decision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking and budget allocation of a call (DOMAIN.md §4–§5, E9). Eligible candidates are
 * ranked by score (highest first; ties by submission time, then number) and granted their cap
 * (the request, or the amount of a letter of intent) while the appropriation lasts. When the
 * rest of the appropriation covers at least {@code minimumPartialShare} of a request, a
 * partial grant in whole euros is proposed; otherwise the candidate is proposed for rejection
 * and smaller requests further down may still fit. Invariants: the proposals never exceed the
 * appropriation and no proposal exceeds its cap. Pure domain code.
 */
public final class BudgetAllocator {

  public record Candidate(String applicationNumber, BigDecimal score, BigDecimal cap,
      boolean proposable, String rejectionReason, Instant submittedAt) {}

  public record Proposal(String applicationNumber, int rank, BigDecimal amount, String reason) {
    public boolean granted() {
      return amount.signum() > 0;
    }
  }

  static final Comparator<Candidate> RANKING = Comparator
      .comparing(Candidate::score, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Candidate::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Candidate::applicationNumber);

  private final BigDecimal minimumPartialShare;

  public BudgetAllocator(BigDecimal minimumPartialShare) {
    this.minimumPartialShare = minimumPartialShare;
  }

  public List<Proposal> allocate(BigDecimal appropriation, List<Candidate> candidates) {
    List<Candidate> ranked = new ArrayList<>(candidates.stream().filter(Candidate::proposable).toList());
    ranked.sort(RANKING);
    List<Proposal> proposals = new ArrayList<>(candidates.size());
    BigDecimal remaining = appropriation;
    int rank = 0;
    for (Candidate c : ranked) {
      rank++;
      if (remaining.compareTo(c.cap()) >= 0) {
        remaining = remaining.subtract(c.cap());
        proposals.add(new Proposal(c.applicationNumber(), rank, c.cap(),
            "Sijalla " + rank + "; myönnetään haettu summa"));
      } else if (remaining.signum() > 0
          && remaining.compareTo(c.cap().multiply(minimumPartialShare)) >= 0) {
        BigDecimal partial = remaining.setScale(0, RoundingMode.FLOOR);
        remaining = remaining.subtract(partial);
        proposals.add(new Proposal(c.applicationNumber(), rank, partial,
            "Sijalla " + rank + "; määräraha riittää osittain"));
      } else {
        proposals.add(new Proposal(c.applicationNumber(), rank, BigDecimal.ZERO,
            "Sijalla " + rank + "; määräraha ei riitä"));
      }
    }
    for (Candidate c : candidates) {
      if (!c.proposable()) {
        proposals.add(new Proposal(c.applicationNumber(), 0, BigDecimal.ZERO,
            c.rejectionReason() == null ? "Ei avustuskelpoinen" : c.rejectionReason()));
      }
    }
    return proposals;
  }
}
