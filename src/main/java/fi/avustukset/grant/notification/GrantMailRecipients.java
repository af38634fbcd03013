package fi.avustukset.grant.notification;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The organisation's contact address of a case, keyed by the application number. */
@Component
public class GrantMailRecipients {

  private final ApplicationService applications;

  public GrantMailRecipients(ApplicationService applications) {
    this.applications = applications;
  }

  public Optional<GrantApplication> application(String applicationNumber) {
    return applicationNumber == null ? Optional.empty() : applications.find(applicationNumber);
  }

  public String contactEmail(String applicationNumber) {
    return application(applicationNumber).map(GrantApplication::getContactEmail).orElse(null);
  }
}
