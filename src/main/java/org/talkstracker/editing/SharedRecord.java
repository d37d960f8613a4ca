package org.talkstracker.editing;

/**
 * A record that rounds show but do not own: a source, a party, a person, a process. A
 * change of one is a change of every round that shows it, so it lists
 * {@link SharedRecordChanges} among its entity listeners.
 */
public interface SharedRecord {

	/** What it is, in the data file's words: source, party, person, process. */
	String sharedKind();

	String getSlug();

}
