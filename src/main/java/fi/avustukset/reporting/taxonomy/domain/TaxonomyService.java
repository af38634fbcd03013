package fi.avustukset.reporting.taxonomy.domain;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.reporting.activity.domain.ActivityTerms;
import fi.avustukset.reporting.activity.domain.TermInfo;
import fi.avustukset.platform.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activity taxonomy (DOMAIN.md §9): reference data that administrators edit. */
@Service
@Transactional
public class TaxonomyService implements ActivityTerms {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  private final TaxonomyHeadingRepository headings;
  private final TaxonomyTermRepository terms;
  private final Clock clock;
  private final AuditLog audit;

  public TaxonomyService(TaxonomyHeadingRepository headings, TaxonomyTermRepository terms,
      Clock clock, AuditLog audit) {
    this.headings = headings;
    this.terms = terms;
    this.clock = clock;
    this.audit = audit;
  }

  public record TermData(String headingCode, Integer position, String nameFi, String nameEn,
      String description, String partner, Boolean active) {}

  public record Saved(TaxonomyTerm term, boolean created) {}

  @Transactional(readOnly = true)
  public List<TaxonomyHeading> headings() {
    return headings.findAllByOrderByPosition();
  }

  @Transactional(readOnly = true)
  public List<TaxonomyTerm> terms() {
    return terms.findAllByOrderByHeadingCodeAscPositionAscCodeAsc();
  }

  @Transactional(readOnly = true)
  public TaxonomyTerm term(String code) {
    return terms.findById(code)
        .orElseThrow(() -> new NotFoundException("Termiä " + code + " ei ole"));
  }

  /** Creates or updates a term; answers which. */
  public Saved save(String code, TermData data, String userId) {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "2–40 merkkiä: isoja kirjaimia, numeroita, alaviiva"));
    }
    if (data.headingCode() == null || !headings.existsById(data.headingCode())) {
      errors.add(new FieldError("headingCode", "tuntematon pääotsikko (sallitut: "
          + String.join(", ", headings().stream().map(TaxonomyHeading::getCode).toList()) + ")"));
    }
    String nameFi = data.nameFi() == null ? null : data.nameFi().trim();
    if (nameFi == null || nameFi.isEmpty()) {
      errors.add(new FieldError("nameFi", "termin nimi puuttuu"));
    } else if (nameFi.length() > 200) {
      errors.add(new FieldError("nameFi", "enintään 200 merkkiä"));
    }
    if (data.nameEn() != null && data.nameEn().length() > 200) {
      errors.add(new FieldError("nameEn", "enintään 200 merkkiä"));
    }
    if (data.description() != null && data.description().length() > 2000) {
      errors.add(new FieldError("description", "enintään 2000 merkkiä"));
    }
    PublicPartner partner = null;
    try {
      partner = data.partner() == null ? null : PublicPartner.valueOf(data.partner());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (partner == null) {
      errors.add(new FieldError("partner", "MUNICIPALITY, WELLBEING_COUNTY tai BOTH"));
    }
    if (data.position() != null && (data.position() < 0 || data.position() > 999)) {
      errors.add(new FieldError("position", "0–999"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    TaxonomyTerm term = terms.findById(code).orElse(null);
    boolean created = term == null;
    if (created) {
      term = new TaxonomyTerm(code);
    }
    int position = data.position() != null ? data.position()
        : created ? 99 : term.getPosition();
    boolean active = data.active() == null || data.active();
    String before = created ? null : describe(term.getHeadingCode(), term.getPosition(),
        term.getNameFi(), term.getPartner(), term.isActive());
    term.update(data.headingCode(), position, nameFi, blankToNull(data.nameEn()),
        blankToNull(data.description()), partner, active, Instant.now(clock), userId);
    String after = describe(data.headingCode(), position, nameFi, partner, active);
    if (created || !after.equals(before)) {
      audit.record("taxonomy:" + code, userId, created ? "Luokituksen termi lisätty"
          : "Luokituksen termiä muutettu", AuditLog.change(code, before, after));
    }
    return new Saved(terms.save(term), created);
  }

  private static String describe(String heading, int position, String nameFi,
      PublicPartner partner, boolean active) {
    return heading + "/" + position + " \"" + nameFi + "\" " + partner
        + (active ? "" : " (ei käytössä)");
  }

  @Override
  @Transactional(readOnly = true)
  public boolean exists(String termCode) {
    return terms.findById(termCode).map(TaxonomyTerm::isActive).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public TermInfo info(String termCode) {
    TaxonomyTerm term = terms.findById(termCode).orElse(null);
    if (term == null) {
      return null;
    }
    String headingName = headings.findById(term.getHeadingCode())
        .map(TaxonomyHeading::getNameFi).orElse(term.getHeadingCode());
    return new TermInfo(term.getCode(), term.getHeadingCode(), headingName,
        term.getPartner().name());
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<String, String> activeTermNames() {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    for (TaxonomyTerm t : terms()) {
      if (t.isActive()) {
        names.put(t.getCode(), t.getNameFi());
      }
    }
    return names;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
