package fi.avustukset.grant.opendata.web;

import fi.avustukset.grant.opendata.domain.ThreeSixtyGiving;
import fi.avustukset.grant.opendata.domain.ThreeSixtyGivingService;

import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: a call's final grant decisions as a 360Giving JSON package. Final decisions are
 * public documents, but publishing them is the county's act: every staff role (and the
 * administrator) may download the package to publish it (e.g. on avoindata.fi); applicant
 * accounts are refused — they read their own decisions through {@code /api/applications}.
 */
@RestController
public class OpenDataController {

  private final ThreeSixtyGivingService service;
  private final CurrentUser currentUser;

  public OpenDataController(ThreeSixtyGivingService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @GetMapping(value = "/api/calls/{callKey}/360giving.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ThreeSixtyGiving.Package> threeSixtyGiving(@PathVariable String callKey) {
    if (!currentUser.isIn(Groups.STAFF.toArray(String[]::new))
        && !currentUser.isIn(Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("360Giving-avoin data on henkilöstön julkaistavaksi");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"" + callKey.replaceAll("[^A-Za-z0-9_-]", "_") + "-360giving.json\"")
        .body(service.export(callKey));
  }
}
