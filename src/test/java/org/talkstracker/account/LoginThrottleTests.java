package org.talkstracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.account.LoginThrottle.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in lock over time, on a clock the test moves; counts are rolled back after
 * each test.
 */
@SpringBootTest
@Transactional
class LoginThrottleTests {

	final MovableClock clock = new MovableClock(Instant.parse("2025-06-02T10:00:00Z"));

	LoginThrottle throttle;

	@Autowired
	void throttle(LoginFailureRepository failures) {
		this.throttle = new LoginThrottle(failures, new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15),
				Duration.ofMinutes(15), 10, Duration.ofSeconds(1), Duration.ofMinutes(1)), this.clock);
	}

	@Test
	void anAccountIsLockedForAnAddressAtItsFifthFailureFromThereForAQuarterOfAnHour() {
		failTimes("anna", "192.0.2.1", 4);
		assertThat(this.throttle.refusal("anna", "192.0.2.1")).isEmpty();

		failTimes("anna", "192.0.2.1", 1);
		assertThat(this.throttle.refusal("anna", "192.0.2.1")).contains(Refusal.LOCKED);
		assertThat(this.throttle.refusal("anna", "198.51.100.9")).isEmpty();
		assertThat(this.throttle.refusal("boris", "192.0.2.1")).isEmpty();

		this.clock.move(Duration.ofMinutes(16));
		assertThat(this.throttle.refusal("anna", "192.0.2.1")).isEmpty();
	}

	@Test
	void failuresOutsideTheWindowStartTheCountAgain() {
		failTimes("anna", "192.0.2.1", 4);
		this.clock.move(Duration.ofMinutes(20));

		failTimes("anna", "192.0.2.1", 4);

		assertThat(this.throttle.refusal("anna", "192.0.2.1")).isEmpty();
	}

	@Test
	void aSuccessfulSignInForgetsTheFailuresOfTheAccountFromThatAddress() {
		failTimes("anna", "192.0.2.1", 4);
		this.throttle.succeeded("anna", "192.0.2.1");

		failTimes("anna", "192.0.2.1", 4);

		assertThat(this.throttle.refusal("anna", "192.0.2.1")).isEmpty();
	}

	@Test
	void theUsersSignInElsewhereDoesNotUnlockTheStranger() {
		failTimes("anna", "192.0.2.66", 5);

		this.throttle.succeeded("anna", "198.51.100.7");

		assertThat(this.throttle.refusal("anna", "192.0.2.66")).contains(Refusal.LOCKED);
	}

	@Test
	void anAddressIsLockedForEveryAccountAtItsTwentiethFailure() {
		for (int i = 0; i < 20; i++) {
			this.throttle.failed("user" + i, "192.0.2.66");
		}

		assertThat(this.throttle.refusal("anna", "192.0.2.66")).contains(Refusal.LOCKED);
		assertThat(this.throttle.refusal("anna", "192.0.2.67")).isEmpty();
	}

	@Test
	void manyAddressesGuessingOneAccountSlowItDownEverMoreButNeverLockIt() {
		for (int i = 0; i < 9; i++) {
			this.throttle.failed("anna", "192.0.2." + i);
		}
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).isEmpty();

		this.throttle.failed("anna", "192.0.2.9");
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).contains(Refusal.SLOWED);
		this.clock.move(Duration.ofSeconds(1));
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).isEmpty();

		this.throttle.failed("anna", "192.0.2.10");
		this.clock.move(Duration.ofMillis(1999));
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).contains(Refusal.SLOWED);
		this.clock.move(Duration.ofMillis(1));
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).isEmpty();

		for (int i = 11; i < 30; i++) {
			this.throttle.failed("anna", "192.0.2." + i);
		}
		this.clock.move(Duration.ofSeconds(59));
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).contains(Refusal.SLOWED);
		this.clock.move(Duration.ofSeconds(1));
		assertThat(this.throttle.refusal("anna", "198.51.100.7")).isEmpty();
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
