package fi.avustukset.reporting.programme.domain;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.errors.TextRules;
import fi.avustukset.reporting.project.domain.ProgrammeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme registry (issue 9): staff register a programme before a project may name it
 * ({@link ProgrammeDirectory}, asked by {@code ProjectService}). One home for the rules of a
 * programme: code 1–40 characters (letters, digits, {@code . _ -}), a name, optionally the
 * funder and the coordinator.
 */
@Service
@Transactional
public class ProgrammeRegistry implements ProgrammeDirectory {

  public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  private final ProgrammeRepository programmes;
  private final Clock clock;

  public ProgrammeRegistry(ProgrammeRepository programmes, Clock clock) {
    this.programmes = programmes;
    this.clock = clock;
  }

  public record ProgrammeData(String name, String funder, String coordinator) {}

  public record Saved(Programme programme, boolean created) {}

  /** Registers (created) or updates a programme; 400 naming the field for bad input. */
  public Saved save(String code, ProgrammeData data) {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "1–40 merkkiä: kirjaimia, numeroita, piste, alaviiva tai"
          + " viiva (esim. JARJESTO-2.0)"));
    }
    String name = trimmed(data.name());
    String funder = trimmed(data.funder());
    String coordinator = trimmed(data.coordinator());
    if (name == null) {
      errors.add(new FieldError("name", "Ohjelman nimi puuttuu"));
    } else {
      addIfRefused(errors, TextRules.check("name", name, 200, true));
    }
    addIfRefused(errors, TextRules.check("funder", funder, 200, true));
    addIfRefused(errors, TextRules.check("coordinator", coordinator, 2000, false));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Programme programme = programmes.findById(code).orElse(null);
    boolean created = programme == null;
    if (created) {
      programme = new Programme(code, Instant.now(clock));
    }
    programme.update(name, funder, coordinator);
    // flushed here so that a concurrent identical create fails inside this call (retried)
    return new Saved(programmes.saveAndFlush(programme), created);
  }

  /** Registers a new programme; 409 when the code is registered already (nothing changed). */
  public Programme create(String code, ProgrammeData data) {
    if (code != null && programmes.existsById(code)) {
      throw new ConflictException("Ohjelma " + code + " on jo ohjelmarekisterissä");
    }
    return save(code, data).programme();
  }

  /** Registers the programme unless it is registered already (an edited one is kept). */
  public void ensure(String code, ProgrammeData data) {
    if (!programmes.existsById(code)) {
      save(code, data);
    }
  }

  @Transactional(readOnly = true)
  public Optional<Programme> find(String code) {
    return code == null ? Optional.empty() : programmes.findById(code);
  }

  /** The programme, or 404 with a Finnish sentence. */
  @Transactional(readOnly = true)
  public Programme get(String code) {
    return find(code).orElseThrow(() -> new NotFoundException("Ohjelmaa " + code
        + " ei ole ohjelmarekisterissä"));
  }

  /** Every programme in code order. */
  @Transactional(readOnly = true)
  public List<Programme> all() {
    return programmes.findAllByOrderByCode();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isRegistered(String programmeCode) {
    return programmeCode != null && programmes.existsById(programmeCode);
  }

  private static void addIfRefused(List<FieldError> errors, FieldError error) {
    if (error != null) {
      errors.add(error);
    }
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String t = value.strip();
    return t.isEmpty() ? null : t;
  }
}
