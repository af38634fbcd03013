package fi.avustukset.grant.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One line of a project budget (e.g. "Henkilöstökulut", 18 000 €): the agreement's current
 * budget and the lines a change application (budget reallocation) asks for.
 */
@Embeddable
public class BudgetLine {

  @Column(name = "name")
  private String name;

  @Column(name = "amount")
  private BigDecimal amount;

  protected BudgetLine() {}

  public BudgetLine(String name, BigDecimal amount) {
    this.name = name;
    this.amount = amount;
  }

  public String getName() { return name; }
  public BigDecimal getAmount() { return amount; }

  /** Sum of the lines' amounts (0 for none). */
  public static BigDecimal total(List<BudgetLine> lines) {
    return lines.stream().map(BudgetLine::getAmount).filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
