package org.talkstracker.account;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.TransactionBound;

/**
 * The public name of whoever makes a change: the signed-in editor's display name, or the
 * site's own name for what no one signed in made (the reference data loaded at start).
 * Where a second editor approves a change (the two-person rule), the change within that
 * transaction is its author's, and the signed-in editor is its approver.
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
		return TransactionBound.get(Approval.class, Approval.class).map(Approval::author).orElseGet(this::signedIn);
	}

	/** Who approved the change the current transaction makes, if someone did. */
	public Optional<String> approver() {
		return TransactionBound.get(Approval.class, Approval.class).map(Approval::approver);
	}

	/**
	 * Makes what the current transaction changes the author's, approved by the signed-in
	 * editor, until it completes.
	 * @param author the username of the editor who asked for approval
	 */
	@Transactional(readOnly = true)
	public void approving(String author) {
		Approval approval = new Approval(displayName(author), signedIn());
		TransactionBound.bind(Approval.class, approval);
	}

	/** The public name of the account with this username, or the username if none. */
	@Transactional(readOnly = true)
	public String displayName(String username) {
		return this.accounts.findByUsername(Account.normalise(username)).map(Account::getDisplayName).orElse(username);
	}

	/** The username of the signed-in editor, if one is. */
	public Optional<String> username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(Account.normalise(authentication.getName()));
	}

	private String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return displayName(authentication.getName());
	}

	private record Approval(String author, String approver) {
	}

}
