package org.talkstracker.editing;

/**
 * A kind of editing form whose save of a published round can wait for a second editor's
 * approval (the two-person rule): stored as its values, and applied when approved through
 * the same editor as a save. Only the kinds registered as beans can be stored and
 * applied; a request names a kind, never a class.
 */
public interface ProposableForm<F extends EditingForm> {

	/** The kind's name, as stored with a proposal ({@code round}). */
	String kind();

	Class<F> type();

	/** The message key prefix that names the form's fields. */
	String labels();

	/** The slug of the round whose page a save of the form changes. */
	String round(String target);

	/** The form as the stored record fills it in now. */
	F stored(String target);

	/**
	 * Saves the form as its editor saves it, refusing it with
	 * {@link EditConflictException} when the record changed since the form was filled in.
	 */
	void apply(String target, F form);

}
