package fi.avustukset.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Issue 9.5: the delay grows, has a cap, never locks for good, and is per client. */
class LoginThrottleTest {

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2027-01-01T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(long seconds) {
      now = now.plusSeconds(seconds);
    }
  }

  final MutableClock clock = new MutableClock();
  final LoginThrottle throttle = new LoginThrottle(3, Duration.ofSeconds(60),
      Duration.ofMinutes(15), clock);

  @Test
  void firstMistakesAreFreeThenTheWaitDoublesUpToTheCap() {
    assertThat(throttle.failed("1.2.3.4", "secretary")).isZero();
    assertThat(throttle.failed("1.2.3.4", "secretary")).isZero();
    assertThat(throttle.secondsToWait("1.2.3.4", "secretary")).isZero();
    long[] expected = {2, 4, 8, 16, 32, 60, 60, 60};
    for (long wait : expected) {
      assertThat(throttle.failed("1.2.3.4", "secretary")).isEqualTo(wait);
      assertThat(throttle.secondsToWait("1.2.3.4", "secretary")).isEqualTo(wait);
      clock.advance(wait);
      assertThat(throttle.secondsToWait("1.2.3.4", "secretary")).as("never locked for good")
          .isZero();
    }
  }

  @Test
  void anAttackersFailuresNeverDelayTheUserOnAnotherClient() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("6.6.6.6", "secretary");
      clock.advance(61);
    }
    throttle.failed("6.6.6.6", "secretary");
    assertThat(throttle.secondsToWait("6.6.6.6", "secretary")).isPositive();
    assertThat(throttle.secondsToWait("10.0.0.5", "secretary")).isZero();
    assertThat(throttle.secondsToWait("6.6.6.6", "manager")).isZero();
  }

  @Test
  void successUnlockAndTimeForget() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("1.2.3.4", "a");
      throttle.failed("5.6.7.8", "a");
    }
    throttle.unlock("a");
    assertThat(throttle.secondsToWait("1.2.3.4", "a")).isZero();
    assertThat(throttle.secondsToWait("5.6.7.8", "a")).isZero();

    for (int i = 0; i < 4; i++) {
      throttle.failed("1.2.3.4", "b");
    }
    throttle.succeeded("1.2.3.4", "b");
    assertThat(throttle.failed("1.2.3.4", "b")).as("counting starts again").isZero();

    throttle.failed("1.2.3.4", "c");
    throttle.failed("1.2.3.4", "c");
    clock.advance(Duration.ofMinutes(16).toSeconds());
    assertThat(throttle.failed("1.2.3.4", "c")).as("old failures forgotten").isZero();
  }

  @Test
  void setupPathsInAnySpelling() {
    assertThat(SetupGuardFilter.mentionsSetup("/camunda/api/admin/setup/default/user/create"))
        .isTrue();
    assertThat(SetupGuardFilter.mentionsSetup("/camunda/api/admin//SETUP/default/user/create"))
        .isTrue();
    assertThat(SetupGuardFilter.mentionsSetup("/camunda/api/admin/%2573etup/default")).isTrue();
    assertThat(SetupGuardFilter.mentionsSetup("/camunda/api/admin/setup;a=b/default")).isTrue();
    assertThat(SetupGuardFilter.mentionsSetup("/camunda/api/admin/auth/user/default")).isFalse();
  }
}
