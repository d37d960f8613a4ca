package org.talkstracker.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public name of whoever makes a change: the signed-in editor's display name, or the
 * site's own name for what no one signed in made (the reference data loaded at start).
 */
@Component
public class EditorNames {

	/** Who made what no signed-in editor made. */
	public static final String SYSTEM = "Talks Tracker";

	private final AccountRepository accounts;

	EditorNames(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return this.accounts.findByUsername(Account.normalise(authentication.getName()))
			.map(Account::getDisplayName)
			.orElse(authentication.getName());
	}

}
