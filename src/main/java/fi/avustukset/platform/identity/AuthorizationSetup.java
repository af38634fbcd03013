package fi.avustukset.platform.identity;

import static fi.avustukset.platform.identity.Groups.*;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.*;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups of DOMAIN.md §1 and their Camunda authorizations at every start,
 * idempotently, in every profile: least privilege per group. Tasks themselves are not granted
 * here: the engine authorizes a task for its candidate groups and assignee, so a group sees
 * the tasks offered to it and no others (applicants: their organisation's group only).
 */
@Component
@Order(1)
public class AuthorizationSetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationSetup.class);

  public static final String GRANT_CALL = "grant-call";
  public static final String GRANT_APPLICATION = "grant-application";
  public static final String MINNO_SEMESTER = "minno-semester";
  public static final String GRANT_AGREEMENT = "grant-agreement";
  public static final String GRANT_REPORT = "grant-report";
  public static final String MINNO_REGISTRATION = "minno-registration";
  public static final String GRANT_CHANGE = "grant-change";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public AuthorizationSetup(IdentityService identityService,
      AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** One row of the authorization matrix. */
  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  static List<Grant> matrix() {
    List<Grant> grants = new ArrayList<>();
    // Webapps: everyone works in Tasklist; Cockpit for those who monitor; Admin for admins.
    for (Groups.Role role : ROLES) {
      grants.add(new Grant(role.id(), APPLICATION, "tasklist", ACCESS));
    }
    for (String group : List.of(MANAGERS, GRANT_SECRETARY, MINNO_COORDINATOR, PROCESS_DESIGNERS)) {
      grants.add(new Grant(group, APPLICATION, "cockpit", ACCESS));
    }
    // Everyone reads the user and group names shown in Tasklist.
    for (String group : STAFF) {
      grants.add(new Grant(group, USER, "*", READ));
      grants.add(new Grant(group, GROUP, "*", READ));
    }

    // Grant preparers run calls and handle applications.
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_DEFINITION, GRANT_CALL,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_DEFINITION, GRANT_APPLICATION,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_INSTANCE, "*", CREATE));
    // The committee is kept informed of the whole call (DOMAIN.md §6); it reads, not starts.
    for (String group : List.of(COMMITTEE, REGIONAL_BOARD, SERVICE_AREA, REVIEWERS)) {
      grants.add(new Grant(group, PROCESS_DEFINITION, GRANT_CALL, READ));
      grants.add(new Grant(group, PROCESS_DEFINITION, GRANT_APPLICATION, READ));
    }
    grants.add(new Grant(COMMITTEE, PROCESS_DEFINITION, GRANT_CALL, READ, READ_INSTANCE));
    // Applicants may start an application (their own organisation's, checked at start).
    grants.add(new Grant(APPLICANTS, PROCESS_DEFINITION, GRANT_APPLICATION, READ, CREATE_INSTANCE));
    grants.add(new Grant(APPLICANTS, PROCESS_INSTANCE, "*", CREATE));

    // After the decision (DOMAIN.md §7, E10): grant-application starts grant-agreement (the
    // preparer may also start it); grant-report instances are its call activities. Applicants
    // read the definitions so Tasklist can show their tasks' process names.
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_DEFINITION, GRANT_AGREEMENT,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_DEFINITION, GRANT_REPORT,
        READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(SERVICE_AREA, PROCESS_DEFINITION, GRANT_AGREEMENT, READ, READ_INSTANCE));
    grants.add(new Grant(APPLICANTS, PROCESS_DEFINITION, GRANT_AGREEMENT, READ));
    grants.add(new Grant(APPLICANTS, PROCESS_DEFINITION, GRANT_REPORT, READ));

    // Change applications (muutoshakemus): the organisation files one through /api, which starts
    // grant-change on its behalf after the checks (nobody holds CREATE_INSTANCE, so engine-rest
    // offers no way around them); the preparer assesses and the committee decides in Tasklist.
    grants.add(new Grant(GRANT_SECRETARY, PROCESS_DEFINITION, GRANT_CHANGE,
        READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(COMMITTEE, PROCESS_DEFINITION, GRANT_CHANGE, READ));
    grants.add(new Grant(APPLICANTS, PROCESS_DEFINITION, GRANT_CHANGE, READ));

    // MINNO (DOMAIN.md §10).
    grants.add(new Grant(MINNO_COORDINATOR, PROCESS_DEFINITION, MINNO_SEMESTER,
        READ, CREATE_INSTANCE, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(MINNO_COORDINATOR, PROCESS_INSTANCE, "*", CREATE));
    grants.add(new Grant(UNIVERSITY, PROCESS_DEFINITION, MINNO_SEMESTER,
        READ, READ_INSTANCE, READ_HISTORY));
    // Registrations run in their own minno-registration instances, started by the API on the
    // registrant's behalf after its checks (nobody holds CREATE_INSTANCE on it); the
    // coordinator screens their challenges (M1, M2) and follows them in Cockpit.
    grants.add(new Grant(MINNO_COORDINATOR, PROCESS_DEFINITION, MINNO_REGISTRATION,
        READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(UNIVERSITY, PROCESS_DEFINITION, MINNO_REGISTRATION, READ));

    // Managers monitor everything read-only.
    grants.add(new Grant(MANAGERS, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(MANAGERS, TASK, "*", READ));
    grants.add(new Grant(MANAGERS, DEPLOYMENT, "*", READ));
    grants.add(new Grant(MANAGERS, DECISION_DEFINITION, "*", READ));

    // Process designers deploy models (CONTRACT.md); nobody else but admins may.
    grants.add(new Grant(PROCESS_DESIGNERS, DEPLOYMENT, "*", READ, CREATE, DELETE));
    grants.add(new Grant(PROCESS_DESIGNERS, PROCESS_DEFINITION, "*", READ, READ_HISTORY));
    grants.add(new Grant(PROCESS_DESIGNERS, DECISION_DEFINITION, "*", READ));
    grants.add(new Grant(PROCESS_DESIGNERS, DECISION_REQUIREMENTS_DEFINITION, "*", READ));

    // The engine's administrators may do everything.
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(CAMUNDA_ADMIN, resource, "*", ALL));
    }
    return grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Groups.Role role : ROLES) {
      ensureGroup(role.id(), role.name(), WORKFLOW_TYPE);
    }
    ensureGroup(CAMUNDA_ADMIN, "Camunda-ylläpitäjät", "SYSTEM");
    List<Grant> grants = matrix();
    grants.forEach(this::ensure);
    log.info("Authorizations in place: {} grants for {} groups", grants.size(), ROLES.size() + 1);
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensure(Grant grant) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    Authorization authorization = existing != null ? existing
        : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(grant.groupId());
    authorization.setResource(grant.resource());
    authorization.setResourceId(grant.resourceId());
    authorization.setPermissions(grant.permissions());
    authorizationService.saveAuthorization(authorization);
  }
}
