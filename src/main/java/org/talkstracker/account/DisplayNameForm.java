package org.talkstracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name readers see on an editor's releases. */
record DisplayNameForm(@NotBlank @Size(max = 100) String displayName) {

}
