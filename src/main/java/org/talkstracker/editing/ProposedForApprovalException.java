package org.talkstracker.editing;

/**
 * A save that the two-person rule kept was stored as a request for a second editor's
 * approval: nothing of it is saved yet, and the editor is told so.
 */
public class ProposedForApprovalException extends RuntimeException {

	private final String round;

	public ProposedForApprovalException(String round) {
		super("Proposed for approval: a change of round " + round);
		this.round = round;
	}

	/** The slug of the round the change waits for. */
	public String getRound() {
		return this.round;
	}

}
