package org.talkstracker.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Failed sign-ins of one account or one address within the current window, and until when it is locked. */
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
