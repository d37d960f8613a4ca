package org.talkstracker.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.talkstracker.editing.EditingForm;

/**
 * Why a published round is withdrawn: public, as readers asking for its address are told
 * it from then on. As long as any long text (the schema's {@code
 * round_withdrawal_reason_length}).
 */
record WithdrawalForm(@NotBlank @Size(max = EditingForm.LONG_TEXT) String reason) {

	static WithdrawalForm blank() {
		return new WithdrawalForm(null);
	}

}
