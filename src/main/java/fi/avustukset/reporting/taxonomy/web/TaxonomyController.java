package fi.avustukset.reporting.taxonomy.web;

import fi.avustukset.reporting.taxonomy.domain.TaxonomyHeading;
import fi.avustukset.reporting.taxonomy.domain.TaxonomyService;
import fi.avustukset.reporting.taxonomy.domain.TaxonomyTerm;

import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/taxonomy}: the activity taxonomy (DOMAIN.md §9). Staff read it; managers and
 * administrators edit terms (create, rename, move, change partner, deactivate).
 */
@RestController
@RequestMapping("/api/taxonomy")
public class TaxonomyController {

  private final TaxonomyService taxonomy;
  private final CurrentUser currentUser;

  public TaxonomyController(TaxonomyService taxonomy, CurrentUser currentUser) {
    this.taxonomy = taxonomy;
    this.currentUser = currentUser;
  }

  public record TermView(String code, String headingCode, int position, String nameFi,
      String nameEn, String description, String partner, boolean active, Instant updatedAt,
      String updatedBy) {
    static TermView of(TaxonomyTerm t) {
      return new TermView(t.getCode(), t.getHeadingCode(), t.getPosition(), t.getNameFi(),
          t.getNameEn(), t.getDescription(), t.getPartner().name(), t.isActive(),
          t.getUpdatedAt(), t.getUpdatedBy());
    }
  }

  public record HeadingView(String code, int position, String nameFi, String nameEn,
      List<TermView> terms) {}

  /** The headings in order, each with its terms. */
  @GetMapping
  public List<HeadingView> taxonomy() {
    requireStaff();
    List<TaxonomyTerm> terms = taxonomy.terms();
    List<HeadingView> out = new ArrayList<>();
    for (TaxonomyHeading h : taxonomy.headings()) {
      out.add(new HeadingView(h.getCode(), h.getPosition(), h.getNameFi(), h.getNameEn(),
          terms.stream().filter(t -> t.getHeadingCode().equals(h.getCode()))
              .map(TermView::of).toList()));
    }
    return out;
  }

  @GetMapping("/terms")
  public List<TermView> terms() {
    requireStaff();
    return taxonomy.terms().stream().map(TermView::of).toList();
  }

  @GetMapping("/terms/{code}")
  public TermView term(@PathVariable String code) {
    requireStaff();
    return TermView.of(taxonomy.term(code));
  }

  /** Creates (201) or updates (200) a term. */
  @PutMapping("/terms/{code}")
  public ResponseEntity<TermView> put(@PathVariable String code,
      @RequestBody TaxonomyService.TermData data) {
    if (!currentUser.isIn(Groups.MANAGERS, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Vain johto ja ylläpitäjät voivat muokata toimintaluokitusta");
    }
    TaxonomyService.Saved saved = taxonomy.save(code, data, currentUser.userId());
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(TermView.of(saved.term()));
  }

  private void requireStaff() {
    List<String> staff = new ArrayList<>(Groups.STAFF);
    staff.add(Groups.CAMUNDA_ADMIN);
    if (!currentUser.isIn(staff.toArray(String[]::new))) {
      throw new ForbiddenException("Toimintaluokitus on henkilöstön käytössä");
    }
  }
}
