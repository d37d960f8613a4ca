package org.talkstracker.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing passwords without letting a stranger lock anyone out. Failures are
 * counted for an account from one address, which that address then may not try for a
 * while (someone guessing its password); from one address for any account, which locks
 * the address (someone trying many accounts); and for the account from anywhere, which
 * never locks it but makes it take sign-ins ever more slowly (many addresses guessing one
 * password). So wrong passwords from one address never keep the account's user out from
 * another. Counts live in PostgreSQL, so every application instance applies the same
 * limits.
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

	/**
	 * Why a password for this account from this address may not be checked now, if it may
	 * not.
	 */
	@Transactional(readOnly = true)
	public Optional<Refusal> refusal(String username, String address) {
		List<String> subjects = new ArrayList<>(3);
		if (address != null) {
			subjects.add(addressSubject(address));
		}
		if (hasName(username)) {
			subjects.add(accountSubject(username));
			if (address != null) {
				subjects.add(accountFromAddressSubject(username, address));
			}
		}
		List<String> refused = this.failures.lockedSubjects(subjects, this.clock.instant());
		if (refused.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of((refused.size() == 1 && refused.get(0).equals(accountSubject(username))) ? Refusal.SLOWED
				: Refusal.LOCKED);
	}

	@Transactional
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		Instant windowStart = now.minus(this.limits.window());
		Instant lockedUntil = now.plus(this.limits.lock());
		if (hasName(username)) {
			this.failures.recordAccountFailure(accountSubject(username), now, windowStart, this.limits.slowAfter(),
					seconds(this.limits.delay()), seconds(this.limits.maxDelay()));
			if (address != null) {
				this.failures.recordFailure(accountFromAddressSubject(username, address), now, windowStart,
						this.limits.perAccount(), lockedUntil);
			}
		}
		if (address != null) {
			this.failures.recordFailure(addressSubject(address), now, windowStart, this.limits.perAddress(),
					lockedUntil);
		}
	}

	/**
	 * The account's user is in: the account is no longer slowed, and this address starts
	 * afresh for it.
	 */
	@Transactional
	public void succeeded(String username, String address) {
		Instant now = this.clock.instant();
		this.failures.forget(accountSubject(username));
		if (address != null) {
			this.failures.forget(accountFromAddressSubject(username, address));
		}
		this.failures.forgetStale(now.minus(this.limits.window()), now);
	}

	private static boolean hasName(String username) {
		return username != null && !username.isEmpty();
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String accountSubject(String username) {
		return "account:" + username;
	}

	/** No username holds an {@code @}, so this never names another account. */
	private static String accountFromAddressSubject(String username, String address) {
		return "account:" + username + "@" + address;
	}

	private static String addressSubject(String address) {
		return "address:" + address;
	}

	/** Why a password is not checked now. */
	enum Refusal {

		/** This address may not try this account, or any account, for a while. */
		LOCKED,

		/**
		 * The account takes sign-ins slowly after many failures: try again in a moment.
		 */
		SLOWED;

		LockedException exception() {
			return (this == LOCKED) ? new LockedException("Too many failed sign-ins; locked for a while")
					: new SignInSlowedException();
		}

	}

	/**
	 * Sign-in refused for a moment, since many wrong passwords for the account came just
	 * now.
	 */
	static class SignInSlowedException extends LockedException {

		SignInSlowedException() {
			super("Many failed sign-ins for this account; try again in a moment");
		}

	}

	/**
	 * How many failures within the window lock an account for one address, or an address
	 * for every account, and for how long; an address gets more tries, since several
	 * people may share one. After {@code slowAfter} failures for an account from
	 * anywhere, each further failure makes it wait before the next try, {@code delay} at
	 * first and twice as long each time, up to {@code maxDelay}.
	 */
	@ConfigurationProperties("talks.login")
	record Limits(@DefaultValue("5") int perAccount, @DefaultValue("20") int perAddress,
			@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lock, @DefaultValue("10") int slowAfter,
			@DefaultValue("1s") Duration delay, @DefaultValue("1m") Duration maxDelay) {
	}

}
