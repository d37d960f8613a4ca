package org.talkstracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record AccountForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,100}") String username, @NotNull Role role,
		@NotBlank @Size(min = 12, max = 64) String password) {

	static AccountForm empty() {
		return new AccountForm(null, Role.EDITOR, null);
	}

}
