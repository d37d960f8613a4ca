package org.talkstracker.web;

import java.time.Duration;

/**
 * A costly request refused because too many like it run or wait already: try again after
 * {@link #retryAfter()}.
 */
public class BusyException extends RuntimeException {

	private final Duration retryAfter;

	BusyException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	/** When a retry has a fair chance: about as long as a turn was waited for. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
