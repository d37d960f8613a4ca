package org.talkstracker.editing;

/**
 * A change of a published round, or a round's first publication, that the two-person rule
 * keeps until a second editor approves it: nothing of the save is kept. A form of a kind
 * that can be proposed is then stored for approval instead; any other save is refused
 * with this message above its form.
 */
public class ApprovalRequiredException extends FieldRefusedException {

	public ApprovalRequiredException(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

}
