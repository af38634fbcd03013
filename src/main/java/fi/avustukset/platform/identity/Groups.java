package fi.avustukset.platform.identity;

import java.util.List;

/** Camunda group ids of DOMAIN.md §1 (camelCase: Camunda's default id pattern). */
public final class Groups {

  public static final String GRANT_SECRETARY = "grantSecretary";
  public static final String SERVICE_AREA = "serviceArea";
  public static final String REVIEWERS = "reviewers";
  public static final String COMMITTEE = "committee";
  public static final String REGIONAL_BOARD = "regionalBoard";
  public static final String APPLICANTS = "applicants";
  public static final String MINNO_COORDINATOR = "minnoCoordinator";
  public static final String UNIVERSITY = "university";
  public static final String MANAGERS = "managers";
  public static final String PROCESS_DESIGNERS = "processDesigners";
  /** The engine's own administrator group. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** Group type of the groups that stand for one applicant organisation. */
  public static final String ORGANIZATION_TYPE = "ORGANIZATION";
  public static final String WORKFLOW_TYPE = "WORKFLOW";

  /** Every role group with its Finnish name, in the order of DOMAIN.md §1. */
  public static final List<Role> ROLES = List.of(
      new Role(GRANT_SECRETARY, "Järjestösihteerit (valmistelijat)"),
      new Role(SERVICE_AREA, "Palvelualueiden edustajat"),
      new Role(REVIEWERS, "Arvioijat"),
      new Role(COMMITTEE, "Asiakaskokemusjaosto"),
      new Role(REGIONAL_BOARD, "Aluehallitus"),
      new Role(APPLICANTS, "Hakijat"),
      new Role(MINNO_COORDINATOR, "MINNO-koordinaattori"),
      new Role(UNIVERSITY, "Korkeakoulu (Metropolia)"),
      new Role(MANAGERS, "Johto"),
      new Role(PROCESS_DESIGNERS, "Prosessisuunnittelijat"));

  /** Staff groups: everyone but applicants. */
  public static final List<String> STAFF = List.of(GRANT_SECRETARY, SERVICE_AREA, REVIEWERS,
      COMMITTEE, REGIONAL_BOARD, MINNO_COORDINATOR, UNIVERSITY, MANAGERS, PROCESS_DESIGNERS);

  public record Role(String id, String name) {}

  private Groups() {}
}
