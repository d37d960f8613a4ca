package org.talkstracker.editing;

/**
 * A change of a published round, or a round's first publication, that the two-person rule
 * keeps until a second editor approves it: nothing of the save is kept. A save through an
 * editor's method marked {@link Proposable} is then stored for approval instead
 * ({@link ProposedForApprovalException}); any other save is refused with this message
 * above its form.
 */
public class ApprovalRequiredException extends FieldRefusedException {

	private final String round;

	/**
	 * @param round the slug of the round whose release needs the approval
	 */
	public ApprovalRequiredException(String round, String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
		this.round = round;
	}

	/** The slug of the round whose release needs a second editor's approval. */
	public String getRound() {
		return this.round;
	}

}
