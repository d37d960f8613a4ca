package org.talkstracker.round;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.ProposableForm;

/** A round's own form, as a correction a second editor approves. */
@Component
class RoundForms implements ProposableForm<RoundForm> {

	private final RoundEditor editor;

	RoundForms(RoundEditor editor) {
		this.editor = editor;
	}

	@Override
	public String kind() {
		return "round";
	}

	@Override
	public Class<RoundForm> type() {
		return RoundForm.class;
	}

	@Override
	public String labels() {
		return "admin.round";
	}

	@Override
	public String round(String target) {
		return target;
	}

	@Override
	public RoundForm stored(String target) {
		return this.editor.form(target);
	}

	@Override
	public void apply(String target, RoundForm form) {
		this.editor.update(target, form);
	}

}
