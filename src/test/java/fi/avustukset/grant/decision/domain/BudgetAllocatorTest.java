package fi.avustukset.grant.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.decision.domain.BudgetAllocator.Candidate;
import fi.avustukset.grant.decision.domain.BudgetAllocator.Proposal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Ranking and budget allocation (DOMAIN.md §4–§5, E9). */
class BudgetAllocatorTest {

  final BudgetAllocator allocator = new BudgetAllocator(new BigDecimal("0.5"));
  static final Instant T0 = Instant.parse("2027-02-01T10:00:00Z");

  static Candidate c(String number, String score, String cap) {
    return new Candidate(number, score == null ? null : new BigDecimal(score), new BigDecimal(cap),
        true, null, T0);
  }

  static Map<String, Proposal> byNumber(List<Proposal> proposals) {
    return proposals.stream().collect(Collectors.toMap(Proposal::applicationNumber, Function.identity()));
  }

  @Test
  void highestScoresAreFundedFirstInFull() {
    var p = byNumber(allocator.allocate(new BigDecimal("100000"), List.of(
        c("A", "60", "50000"), c("B", "90", "50000"), c("C", "75", "50000"))));
    assertThat(p.get("B").amount()).isEqualByComparingTo("50000");
    assertThat(p.get("C").amount()).isEqualByComparingTo("50000");
    assertThat(p.get("A").amount()).isEqualByComparingTo("0");
    assertThat(p.get("B").rank()).isEqualTo(1);
    assertThat(p.get("A").reason()).contains("määräraha ei riitä");
  }

  @Test
  void partialGrantOnlyWhenAtLeastTheMinimumShareFits() {
    var p = byNumber(allocator.allocate(new BigDecimal("100000.50"), List.of(
        c("A", "90", "60000"), c("B", "80", "60000"), c("C", "70", "10000"))));
    assertThat(p.get("A").amount()).isEqualByComparingTo("60000");
    // 40000.50 left: B gets whole euros 40000 (≥ 50 % of 60000)
    assertThat(p.get("B").amount()).isEqualByComparingTo("40000");
    assertThat(p.get("B").reason()).contains("osittain");
    assertThat(p.get("C").amount()).isEqualByComparingTo("0");

    var q = byNumber(allocator.allocate(new BigDecimal("70000"), List.of(
        c("A", "90", "60000"), c("B", "80", "60000"), c("C", "70", "10000"))));
    // 10000 left is less than half of B's 60000: B gets nothing, the smaller C still fits
    assertThat(q.get("B").amount()).isEqualByComparingTo("0");
    assertThat(q.get("C").amount()).isEqualByComparingTo("10000");
  }

  @Test
  void tiesGoToTheEarlierSubmissionThenNumber() {
    var early = new Candidate("Z", new BigDecimal("80"), new BigDecimal("60000"), true, null, T0);
    var late = new Candidate("A", new BigDecimal("80"), new BigDecimal("60000"), true, null,
        T0.plusSeconds(60));
    var p = byNumber(allocator.allocate(new BigDecimal("60000"), List.of(late, early)));
    assertThat(p.get("Z").amount()).isEqualByComparingTo("60000");
    assertThat(p.get("A").amount()).isEqualByComparingTo("0");
  }

  @Test
  void ineligibleCandidatesAreProposedForRejectionWithTheirReason() {
    var ineligible = new Candidate("X", null, new BigDecimal("1000"), false, "E6: ei palvelutarjottimella", T0);
    var p = byNumber(allocator.allocate(new BigDecimal("100000"), List.of(ineligible, c("A", "50", "1000"))));
    assertThat(p.get("X").amount()).isEqualByComparingTo("0");
    assertThat(p.get("X").reason()).isEqualTo("E6: ei palvelutarjottimella");
    assertThat(p.get("A").amount()).isEqualByComparingTo("1000");
  }

  /** Property-style: over many random calls the invariants of E9 and §5 always hold. */
  @Test
  void neverExceedsTheAppropriationNorAnyRequestAndRespectsRanking() {
    Random random = new Random(20271);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(60);
      BigDecimal appropriation = BigDecimal.valueOf(random.nextInt(2_000_000) + 1)
          .add(BigDecimal.valueOf(random.nextInt(100), 2));
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        BigDecimal cap = BigDecimal.valueOf(1 + random.nextInt(200_000))
            .add(BigDecimal.valueOf(random.nextInt(100), 2));
        BigDecimal score = random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(10_001), 2);
        candidates.add(new Candidate(String.format("C-%04d", i), score, cap, random.nextInt(8) != 0,
            "ei kelpoinen", T0.plusSeconds(random.nextInt(1000))));
      }
      List<Proposal> proposals = allocator.allocate(appropriation, candidates);
      Map<String, Candidate> byNumber = candidates.stream()
          .collect(Collectors.toMap(Candidate::applicationNumber, Function.identity()));

      assertThat(proposals).hasSize(n);
      BigDecimal total = proposals.stream().map(Proposal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(total).as("round %d total", round).isLessThanOrEqualTo(appropriation);
      for (Proposal p : proposals) {
        Candidate c = byNumber.get(p.applicationNumber());
        assertThat(p.amount()).isBetween(BigDecimal.ZERO, c.cap());
        if (!c.proposable()) {
          assertThat(p.amount()).isZero();
        }
      }
      // Ranking: a candidate funded in full never ranks below one proposed nothing when both
      // would have fit: whenever a higher-ranked candidate got nothing, the remainder then was
      // less than half its request.
      List<Proposal> ranked = proposals.stream().filter(p -> p.rank() > 0)
          .sorted(java.util.Comparator.comparingInt(Proposal::rank)).toList();
      BigDecimal remaining = appropriation;
      for (Proposal p : ranked) {
        Candidate c = byNumber.get(p.applicationNumber());
        if (p.amount().signum() == 0) {
          assertThat(remaining.compareTo(c.cap().multiply(new BigDecimal("0.5"))) < 0
              || remaining.signum() == 0).isTrue();
        } else if (p.amount().compareTo(c.cap()) < 0) {
          assertThat(remaining.compareTo(c.cap())).isNegative();
        }
        remaining = remaining.subtract(p.amount());
      }
    }
  }
}
