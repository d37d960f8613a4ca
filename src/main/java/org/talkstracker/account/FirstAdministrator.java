package org.talkstracker.account;

import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When no account exists, creates the first administrator: from
 * {@code TALKS_ADMIN_USERNAME} and {@code TALKS_ADMIN_PASSWORD} when set, otherwise
 * "admin" with a random one-time password written once to the log, to be changed at the
 * first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String username;

	private final String password;

	FirstAdministrator(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${talks.admin.username:}") String username, @Value("${talks.admin.password:}") String password) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.username = StringUtils.hasText(username) ? username : "admin";
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		boolean generated = !StringUtils.hasText(this.password);
		String initial = generated ? randomPassword() : this.password;
		try {
			this.accounts.saveAndFlush(new Account(this.username, null, this.passwordEncoder.encode(initial),
					Role.ADMIN, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Another instance starting at the same time created it first.
			logger.info("The first administrator was created by another instance");
			return;
		}
		if (generated) {
			logger.warn(
					"No account existed, so the administrator '{}' was created with this one-time password: {} "
							+ "(shown only now; sign in at /login and change it at /admin/password)",
					this.username, initial);
		}
		else {
			logger.info("No account existed, so the administrator '{}' was created from TALKS_ADMIN_USERNAME and "
					+ "TALKS_ADMIN_PASSWORD", this.username);
		}
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
