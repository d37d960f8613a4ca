package org.talkstracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.LockedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The sign-in lock over time, on a clock the test moves; counts are rolled back after each test. */
@SpringBootTest
@Transactional
class LoginThrottleTests {

	final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T10:00:00Z"));

	LoginThrottle throttle;

	@Autowired
	void throttle(LoginFailureRepository failures) {
		this.throttle = new LoginThrottle(failures,
				new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), this.clock);
	}

	@Test
	void anAccountIsLockedAtItsFifthFailureForAQuarterOfAnHour() {
		failTimes("anna", "192.0.2.1", 4);
		assertThatCode(() -> this.throttle.checkNotLocked("anna", "192.0.2.1")).doesNotThrowAnyException();

		failTimes("anna", "192.0.2.1", 1);
		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> this.throttle.checkNotLocked("anna", "198.51.100.9"));

		this.clock.move(Duration.ofMinutes(16));
		assertThatCode(() -> this.throttle.checkNotLocked("anna", "192.0.2.1")).doesNotThrowAnyException();
	}

	@Test
	void failuresOutsideTheWindowStartTheCountAgain() {
		failTimes("anna", "192.0.2.1", 4);
		this.clock.move(Duration.ofMinutes(20));

		failTimes("anna", "192.0.2.1", 4);

		assertThatCode(() -> this.throttle.checkNotLocked("anna", "192.0.2.1")).doesNotThrowAnyException();
	}

	@Test
	void aSuccessfulSignInForgetsTheAccountsFailures() {
		failTimes("anna", "192.0.2.1", 4);
		this.throttle.succeeded("anna");

		failTimes("anna", "192.0.2.1", 4);

		assertThatCode(() -> this.throttle.checkNotLocked("anna", "192.0.2.1")).doesNotThrowAnyException();
	}

	@Test
	void anAddressIsLockedForEveryAccountAtItsTwentiethFailure() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "192.0.2.66");
		}

		assertThatExceptionOfType(LockedException.class)
			.isThrownBy(() -> this.throttle.checkNotLocked("anna", "192.0.2.66"));
		assertThatCode(() -> this.throttle.checkNotLocked("anna", "192.0.2.67")).doesNotThrowAnyException();
	}

	private void failTimes(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username, address);
			this.clock.move(Duration.ofSeconds(10));
		}
	}

	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
