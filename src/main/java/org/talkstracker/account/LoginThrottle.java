package org.talkstracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks sign-in for a while after repeated failures for one account (someone guessing its
 * password) or from one address (someone trying many accounts). Counts live in PostgreSQL, so
 * every application instance applies the same lock.
 */
@Component
class LoginThrottle {

	private final LoginFailureRepository failures;

	private final Limits limits;

	private final Clock clock;

	LoginThrottle(LoginFailureRepository failures, Limits limits, Clock clock) {
		this.failures = failures;
		this.limits = limits;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public void checkNotLocked(String username, String address) {
		if (this.failures.anyLocked(subjects(username, address), this.clock.instant())) {
			throw new LockedException("Too many failed sign-ins; locked for a while");
		}
	}

	@Transactional
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.window());
		Instant lockedUntil = now.plus(this.limits.lock());
		if (username != null && !username.isEmpty()) {
			this.failures.recordFailure(accountSubject(username), now, windowStart, this.limits.perAccount(),
					lockedUntil);
		}
		if (address != null) {
			this.failures.recordFailure(addressSubject(address), now, windowStart, this.limits.perAddress(),
					lockedUntil);
		}
	}

	@Transactional
	public void succeeded(String username) {
		Instant now = this.clock.instant();
		this.failures.forget(accountSubject(username));
		this.failures.forgetStale(now.minus(this.limits.window()), now);
	}

	private static List<String> subjects(String username, String address) {
		List<String> subjects = new ArrayList<>(2);
		if (username != null) {
			subjects.add(accountSubject(username));
		}
		if (address != null) {
			subjects.add(addressSubject(address));
		}
		return subjects;
	}

	private static String accountSubject(String username) {
		return "account:" + username;
	}

	private static String addressSubject(String address) {
		return "address:" + address;
	}

	/**
	 * How many failures within the window lock an account or an address, and for how long.
	 * An address gets more tries, since several people may share one.
	 */
	@ConfigurationProperties("talks.login")
	record Limits(@DefaultValue("5") int perAccount, @DefaultValue("20") int perAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lock) {
	}

}
