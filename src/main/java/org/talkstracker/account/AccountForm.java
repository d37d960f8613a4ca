package org.talkstracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record AccountForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,100}") String username,
		@Size(max = 100) String displayName, @NotNull Role role, @NotBlank @Size(min = 12, max = 64) String password) {

	static AccountForm empty() {
		return new AccountForm(null, null, Role.EDITOR, null);
	}

}
