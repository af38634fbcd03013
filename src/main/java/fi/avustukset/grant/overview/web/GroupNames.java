package fi.avustukset.grant.overview.web;

import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.identity.Organizations;

/** Finnish names of the role groups for "whose task is it". */
final class GroupNames {

  static String name(String groupId) {
    if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
      return "Pääkäyttäjät";
    }
    if (Organizations.businessId(groupId).isPresent()) {
      return "Hakija (" + Organizations.businessId(groupId).get() + ")";
    }
    return Groups.ROLES.stream().filter(r -> r.id().equals(groupId)).map(Groups.Role::name)
        .findFirst().orElse(groupId);
  }

  private GroupNames() {}
}
