package org.talkstracker.account;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.web.NotFoundException;

/** What administrators and users do with accounts; a disabled or reset account is signed out everywhere. */
@Service
class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<?> sessions, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
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
		return this.accounts
			.saveAndFlush(new Account(username, this.passwordEncoder.encode(password), role, this.clock.instant()));
	}

	/** Refused for one's own account and for the last enabled administrator, so the site keeps one. */
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
		signOutEverywhere(account);
	}

	@Transactional
	public void enable(String username) {
		get(username).enable();
	}

	@Transactional
	public void resetPassword(String username, String password) {
		Account account = get(username);
		account.changePassword(this.passwordEncoder.encode(password), this.clock.instant());
		signOutEverywhere(account);
	}

	/** Changes one's own password, when the current one is given right. */
	@Transactional
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = get(username);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		return true;
	}

	private void signOutEverywhere(Account account) {
		this.sessions.findByPrincipalName(account.getUsername()).keySet().forEach(this.sessions::deleteById);
	}

	static class AccountNotFoundException extends NotFoundException {

		AccountNotFoundException(String username) {
			super("No account '" + username + "'");
		}

	}

}
