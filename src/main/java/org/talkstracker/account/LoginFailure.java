package org.talkstracker.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Failed sign-ins within the current window of one account from one address, of one
 * address, or of one account from anywhere, and until when it is locked (or, for the
 * account, slowed).
 */
@Entity
class LoginFailure {

	@Id
	private String subject;

	private int failures;

	private Instant firstFailedAt;

	private Instant lockedUntil;

	protected LoginFailure() {
	}

	String getSubject() {
		return this.subject;
	}

	int getFailures() {
		return this.failures;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
