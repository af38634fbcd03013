package fi.avustukset.minno.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A challenge an NGO brings to MINNO, its M1 screening and what followed from it. */
@Entity
@Table(name = "minno_challenge")
public class Challenge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "registration_id")
  private Registration registration;

  @Column(name = "seq_no")
  private int seqNo;

  private String title;

  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "language_code")
  private ChallengeLanguage language;

  @Enumerated(EnumType.STRING)
  @Column(name = "student_field")
  private StudentField studentField;

  @Column(name = "suggested_fit")
  private Boolean suggestedFit;

  @Column(name = "screening_hints")
  private String screeningHints;

  @Column(name = "fits_programme")
  private Boolean fitsProgramme;

  @Column(name = "suits_minno")
  private Boolean suitsMinno;

  @Column(name = "screening_note")
  private String screeningNote;

  @Column(name = "screened_by")
  private String screenedBy;

  @Enumerated(EnumType.STRING)
  private ChallengeStatus status;

  @Column(name = "redirect_advice")
  private String redirectAdvice;

  @Column(name = "project_applications")
  private Integer projectApplications;

  protected Challenge() {}

  public Challenge(String title, String description, ChallengeLanguage language,
      StudentField studentField) {
    this.title = title;
    this.description = description;
    this.language = language;
    this.studentField = studentField;
    this.status = ChallengeStatus.REGISTERED;
  }

  Challenge copy() {
    Challenge copy = new Challenge(title, description, language, studentField);
    copy.suggestedFit = suggestedFit;
    copy.screeningHints = screeningHints;
    copy.fitsProgramme = fitsProgramme;
    copy.suitsMinno = suitsMinno;
    copy.screeningNote = screeningNote;
    copy.screenedBy = screenedBy;
    copy.status = status;
    return copy;
  }

  void attach(Registration registration, int seqNo) {
    this.registration = registration;
    this.seqNo = seqNo;
  }

  public void suggest(boolean fit, String hints) {
    this.suggestedFit = fit;
    this.screeningHints = hints;
  }

  /** M1: suitable only when it fits the programme criteria and suits MINNO. */
  public void screen(boolean fitsProgramme, boolean suitsMinno, String note, String by) {
    this.fitsProgramme = fitsProgramme;
    this.suitsMinno = suitsMinno;
    this.screeningNote = note;
    this.screenedBy = by;
    this.status = fitsProgramme && suitsMinno ? ChallengeStatus.SUITABLE : ChallengeStatus.REDIRECTED;
  }

  public boolean isScreened() {
    return status != ChallengeStatus.REGISTERED;
  }

  public void setRedirectAdvice(String advice) { this.redirectAdvice = advice; }
  public void setProjectApplications(Integer count) { this.projectApplications = count; }

  public Long getId() { return id; }
  void setId(Long id) { this.id = id; }
  public Registration getRegistration() { return registration; }
  public int getSeqNo() { return seqNo; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public ChallengeLanguage getLanguage() { return language; }
  public StudentField getStudentField() { return studentField; }
  public Boolean getSuggestedFit() { return suggestedFit; }
  public String getScreeningHints() { return screeningHints; }
  public Boolean getFitsProgramme() { return fitsProgramme; }
  public Boolean getSuitsMinno() { return suitsMinno; }
  public String getScreeningNote() { return screeningNote; }
  public String getScreenedBy() { return screenedBy; }
  public ChallengeStatus getStatus() { return status; }
  public String getRedirectAdvice() { return redirectAdvice; }
  public Integer getProjectApplications() { return projectApplications; }
}
