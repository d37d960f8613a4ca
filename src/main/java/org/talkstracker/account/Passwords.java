package org.talkstracker.account;

import java.nio.charset.StandardCharsets;

import org.springframework.validation.BindingResult;

/**
 * BCrypt reads only the first 72 bytes of a password, so a longer one would not be what
 * the user typed.
 */
final class Passwords {

	static final int MAX_BYTES = 72;

	private Passwords() {
	}

	static void rejectIfTooLong(String password, String field, BindingResult result) {
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
				&& !result.hasFieldErrors(field)) {
			result.rejectValue(field, "admin.password.tooLong");
		}
	}

}
