package fi.avustukset.reporting.activity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A survey of a project with its statements' means (DOMAIN.md §8, seed 004). */
@Entity
@Table(name = "project_survey")
public class Survey {

  /** One statement, its mean (1–5) and number of responses. */
  @Embeddable
  public static class Statement {
    @Column(name = "statement_text")
    private String text;
    private BigDecimal mean;
    private Integer responses;

    protected Statement() {}

    public Statement(String text, BigDecimal mean, Integer responses) {
      this.text = text;
      this.mean = mean;
      this.responses = responses;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_code")
  private String projectCode;

  @Column(name = "survey_code")
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private SurveyResult.Audience audience;

  @Enumerated(EnumType.STRING)
  private SurveyResult.Phase phase;

  @Column(name = "conducted_on")
  private LocalDate conductedOn;

  private Integer invited;

  private int respondents;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_survey_statement", joinColumns = @JoinColumn(name = "survey_id"))
  @OrderColumn(name = "position")
  private List<Statement> statements = new ArrayList<>();

  protected Survey() {}

  public Survey(String projectCode, String code) {
    this.projectCode = projectCode;
    this.code = code;
  }

  public void update(SurveyResult s, Instant now) {
    this.name = s.name();
    this.audience = s.audience();
    this.phase = s.phase();
    this.conductedOn = s.conductedOn();
    this.invited = s.invited();
    this.respondents = s.respondents();
    this.statements.clear();
    for (SurveyResult.Statement st : s.statements()) {
      this.statements.add(new Statement(st.text(), st.mean(), st.responses()));
    }
    this.updatedAt = now;
  }

  public SurveyResult toResult() {
    return new SurveyResult(code, name, audience, phase, conductedOn, invited, respondents,
        statements.stream().map(s -> new SurveyResult.Statement(s.text, s.mean, s.responses))
            .toList());
  }

  public String getProjectCode() { return projectCode; }
  public String getCode() { return code; }
}
