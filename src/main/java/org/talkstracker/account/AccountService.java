package org.talkstracker.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.web.NotFoundException;

/**
 * What administrators and users do with accounts; a disabled or reset account is signed
 * out everywhere.
 */
@Service
class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final LoginThrottle throttle;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<?> sessions, LoginThrottle throttle, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.throttle = throttle;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return this.accounts.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public Account get(String username) {
		return this.accounts.findByUsername(Account.normalise(username))
			.orElseThrow(() -> new AccountNotFoundException(username));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(Account.normalise(username));
	}

	@Transactional
	public Account create(String username, Role role, String password) {
		return create(username, null, role, password);
	}

	/**
	 * @param displayName the name readers see on the editor's releases; the username when
	 * blank
	 */
	@Transactional
	public Account create(String username, String displayName, Role role, String password) {
		return this.accounts.saveAndFlush(
				new Account(username, displayName, this.passwordEncoder.encode(password), role, this.clock.instant()));
	}

	@Transactional
	public void rename(String username, String displayName) {
		get(username).rename(displayName);
	}

	/**
	 * Refused for one's own account and for the last enabled administrator, so the site
	 * keeps one.
	 */
	@Transactional
	public void disable(String username, String actingUsername) {
		Account account = get(username);
		if (account.getUsername().equals(Account.normalise(actingUsername))) {
			throw new AccountChangeRefusedException("admin.accounts.refused.self");
		}
		if (account.getRole() == Role.ADMIN && account.isEnabled()
				&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
			throw new AccountChangeRefusedException("admin.accounts.refused.lastAdmin");
		}
		account.disable();
		signOutEverywhereBut(account, null);
	}

	@Transactional
	public void enable(String username) {
		get(username).enable();
	}

	@Transactional
	public void resetPassword(String username, String password) {
		Account account = get(username);
		account.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
		signOutEverywhereBut(account, null);
	}

	/**
	 * Changes one's own password, when the current one is given right, and signs one out
	 * of every other session. The current password is guessed no more freely here than at
	 * sign-in: wrong ones count as failed sign-ins from the address.
	 */
	@Transactional
	public PasswordChange changeOwnPassword(String username, String address, String sessionId, String currentPassword,
			String newPassword) {
		Account account = get(username);
		if (this.throttle.refusal(account.getUsername(), address).isPresent()) {
			return PasswordChange.REFUSED_FOR_NOW;
		}
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			this.throttle.failed(account.getUsername(), address);
			return PasswordChange.WRONG_PASSWORD;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		signOutEverywhereBut(account, sessionId);
		return PasswordChange.CHANGED;
	}

	/**
	 * Ends the account's sessions on every instance, but the one given (none when null).
	 */
	private void signOutEverywhereBut(Account account, String keptSessionId) {
		this.sessions.findByPrincipalName(account.getUsername())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

	enum PasswordChange {

		CHANGED, WRONG_PASSWORD,

		/**
		 * Too many wrong passwords for the account from this address, or for the account
		 * just now.
		 */
		REFUSED_FOR_NOW

	}

	static class AccountNotFoundException extends NotFoundException {

		AccountNotFoundException(String username) {
			super("No account '" + username + "'");
		}

	}

}
