package fi.avustukset;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.agreement.domain.AgreementStatus;
import fi.avustukset.grant.agreement.domain.AgreementType;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.call.domain.CallStatus;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.grant.payment.domain.PaymentStatus;
import fi.avustukset.minno.domain.ChallengeStatus;
import fi.avustukset.minno.domain.RegistrationStatus;
import fi.avustukset.minno.domain.RoundStatus;
import fi.avustukset.platform.web.Fmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every status code the pages show has a Finnish name in {@link Fmt} (no untranslated codes). */
class FinnishStatusNamesTest {

  @Test
  void everyStatusConstantHasAFinnishName() {
    List<Class<? extends Enum<?>>> enums = List.of(ApplicationStatus.class, CallStatus.class,
        Decision.class, AgreementStatus.class, AgreementType.class, GrantType.class,
        fi.avustukset.grant.obligation.domain.ReportStatus.class,
        fi.avustukset.reporting.programme.domain.ReportStatus.class, PaymentStatus.class,
        RegistrationStatus.class, ChallengeStatus.class, RoundStatus.class,
        fi.avustukset.grant.eligibility.domain.Outcome.class,
        fi.avustukset.minno.domain.Outcome.class,
        fi.avustukset.grant.change.domain.ChangeStatus.class,
        fi.avustukset.grant.change.domain.ChangeKind.class);
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(Fmt.hasName(type.getSimpleName(), constant.name()))
            .as("Finnish name of %s.%s", type.getSimpleName(), constant.name()).isTrue();
      }
    }
  }
}
