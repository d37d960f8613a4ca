package org.talkstracker.proposal;

import org.springframework.stereotype.Component;
import org.talkstracker.editing.ProposableForm;

/**
 * A proposal's form, as a correction a second editor approves: its target is the round's
 * slug and the proposal's, as {@code <round>/<proposal>}.
 */
@Component
class ProposalForms implements ProposableForm<ProposalForm> {

	private final ProposalEditor editor;

	ProposalForms(ProposalEditor editor) {
		this.editor = editor;
	}

	static String target(String round, String slug) {
		return round + "/" + slug;
	}

	@Override
	public String kind() {
		return "proposal";
	}

	@Override
	public Class<ProposalForm> type() {
		return ProposalForm.class;
	}

	@Override
	public String labels() {
		return "admin.proposal";
	}

	@Override
	public String round(String target) {
		return target.substring(0, target.indexOf('/'));
	}

	@Override
	public ProposalForm stored(String target) {
		return this.editor.form(round(target), slug(target));
	}

	@Override
	public void apply(String target, ProposalForm form) {
		this.editor.update(round(target), slug(target), form);
	}

	private static String slug(String target) {
		return target.substring(target.indexOf('/') + 1);
	}

}
