package org.talkstracker.web;

/**
 * A request whose parameters name something that does not exist or cannot be used;
 * readers get the 400 page.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
