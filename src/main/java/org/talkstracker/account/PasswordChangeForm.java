package org.talkstracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank @Size(min = 12, max = 64) String newPassword,
		@NotBlank String repeatedPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
