package org.talkstracker.web;

import java.time.LocalDate;

/**
 * A record readers could see until it was withdrawn: they get 410 Gone, with the date it
 * was withdrawn and the public reason, never a 404 as if it had not been.
 */
public class GoneException extends RuntimeException {

	private final LocalDate withdrawnOn;

	private final String reason;

	public GoneException(String message, LocalDate withdrawnOn, String reason) {
		super(message);
		this.withdrawnOn = withdrawnOn;
		this.reason = reason;
	}

	public LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	public String getReason() {
		return this.reason;
	}

}
