package org.talkstracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordResetForm(@NotBlank @Size(min = 12, max = 64) String password) {

}
