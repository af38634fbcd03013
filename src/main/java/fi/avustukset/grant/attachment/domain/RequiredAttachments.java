package fi.avustukset.grant.attachment.domain;

import fi.avustukset.grant.call.domain.GrantType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one home of which attachments an application must carry, per grant type (Finnish grant
 * practice, not in the sources): every applicant sends its statutes (säännöt: registered
 * purpose, E1–E2) and the budget and financing plan of the activity (E8–E9); an operating or
 * innovation grant also needs the latest financial statements (the organisation's own
 * funding, E8). A partnership grant's financial standing is negotiated (DOMAIN.md §2).
 * A missing one is a completion reason, noted by the eligibility check.
 */
public final class RequiredAttachments {

  private RequiredAttachments() {}

  public static Set<AttachmentKind> of(GrantType grantType) {
    Set<AttachmentKind> required = EnumSet.of(AttachmentKind.STATUTES, AttachmentKind.BUDGET);
    if (grantType == GrantType.OPERATING_INNOVATION) {
      required.add(AttachmentKind.FINANCIAL_STATEMENTS);
    }
    return required;
  }

  /** The required kinds not among the given ones, in the order of {@link AttachmentKind}. */
  public static List<AttachmentKind> missing(GrantType grantType,
      Collection<AttachmentKind> present) {
    return of(grantType).stream().filter(k -> !present.contains(k)).sorted().toList();
  }
}
