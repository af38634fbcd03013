package fi.avustukset.grant.call.process;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.grant.decision.domain.AllocationService.Line;
import fi.avustukset.grant.decision.domain.AllocationService.ProposalList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The esityslista summary of the preparer's task and the committee's proposal reason. */
class ProposalSummaryTest {

  static Line line(int rank, String number, String amount, String reason) {
    BigDecimal a = amount == null ? null : new BigDecimal(amount);
    return new Line(rank, number, "Yhdistys " + rank + " ry", "Hanke", new BigDecimal("80"),
        new BigDecimal("50000"), a, a == null ? null : a.signum() > 0 ? "GRANTED" : "REJECTED",
        reason, "READY_FOR_DECISION");
  }

  @Test
  void summaryNamesEveryChangedProposalWithBothAmountsAndTheReason() {
    ProposalList list = new ProposalList("2027-TI-1", new BigDecimal("200000"),
        new BigDecimal("65000.00"), List.of(
            line(1, "2027-TI-1-0001", "45000.00", "Pisteiden mukaan"),
            line(2, "2027-TI-1-0002", "20000.00", AllocationService.ADJUSTED + "Matkakulut"),
            line(3, "2027-TI-1-0003", "0.00", AllocationService.ADJUSTED + "Ei kelpaa")));
    Map<String, BigDecimal> computed = Map.of("2027-TI-1-0001", new BigDecimal("45000.00"),
        "2027-TI-1-0002", new BigDecimal("30000.00"), "2027-TI-1-0003", new BigDecimal("5000.00"));

    String text = ProposalSummary.text(list, computed).replace('\u00a0', ' ');

    assertThat(text).startsWith("3 hakemusta, 2 myönteistä esitystä, yhteensä 65 000,00 € /"
        + " määräraha 200 000,00 €")
        .contains("Valmistelijan muutokset:\n"
            + "– 2027-TI-1-0002 Yhdistys 2 ry: ehdotettu 30 000,00 €, oikaistu 20 000,00 € (Matkakulut)\n"
            + "– 2027-TI-1-0003 Yhdistys 3 ry: ehdotettu 5 000,00 €, oikaistu 0,00 € (Ei kelpaa)")
        .doesNotContain("2027-TI-1-0001", "Valmistelijan muutos:");
  }

  @Test
  void unchangedListHasNoChangeLines() {
    ProposalList list = new ProposalList("2027-TI-1", new BigDecimal("200000"),
        new BigDecimal("45000"), List.of(line(1, "2027-TI-1-0001", "45000", "Pisteiden mukaan")));
    assertThat(ProposalSummary.text(list, Map.of())).doesNotContain("muutokset", "oikaistu");
  }

  @Test
  void computedAmountsSurviveTheirStoredForm() {
    assertThat(ProposalSummary.amounts("{\"2027-TI-1-0002\":30000.00}"))
        .containsEntry("2027-TI-1-0002", new BigDecimal("30000.00"));
    assertThat(ProposalSummary.amounts(null)).isEmpty();
    assertThat(ProposalSummary.amounts("ei json")).isEmpty();
  }

  @Test
  void committeeReadsAChangedProposalWithBothAmounts() {
    var changed = new AllocationService.CommitteeProposal("2027-TI-1-0002", "GRANTED",
        fi.avustukset.platform.domain.Euro.of("20000"), AllocationService.ADJUSTED + "Matkakulut");
    Map<String, Object> v = SendProposals.variables(changed, new BigDecimal("30000.00"));
    assertThat(((String) v.get("proposalReason")).replace('\u00a0', ' ')).isEqualTo(
        "Valmistelijan muutos: ehdotettu 30 000,00 €, oikaistu 20 000,00 € (Matkakulut)");
    assertThat(v.get("proposedAmount")).isEqualTo(20000.0);

    var computed = new AllocationService.CommitteeProposal("2027-TI-1-0001", "GRANTED",
        fi.avustukset.platform.domain.Euro.of("45000"), "Pisteiden mukaan");
    assertThat(SendProposals.variables(computed, new BigDecimal("45000")).get("proposalReason"))
        .isEqualTo("Pisteiden mukaan");
  }
}
