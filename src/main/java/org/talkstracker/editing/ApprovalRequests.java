package org.talkstracker.editing;

/**
 * Where a save that the two-person rule keeps ({@link ApprovalRequiredException}) waits
 * for a second editor.
 */
public interface ApprovalRequests {

	/** Asks for approval of the round's publication. */
	void requestPublication(String round);

	/**
	 * Stores the form, of a kind a {@link ProposableForm} registers, with the release
	 * note the request carries, for approval.
	 */
	void propose(String kind, String target, EditingForm form);

}
