package org.talkstracker.editing;

/**
 * Where a round's first publication that the two-person rule keeps
 * ({@link ApprovalRequiredException}) waits for a second editor. Changes of a published
 * round wait there too, through the editors' methods marked {@link Proposable}.
 */
public interface ApprovalRequests {

	/** Asks for approval of the round's publication. */
	void requestPublication(String round);

}
