package org.talkstracker.editing;

/**
 * Adds, changes and deletes one kind of {@link SharedRecord} known by its slug alone (a
 * person, a party, a peace process), each write checked against the version the editor
 * saw.
 *
 * @param <F> the form that adds and edits one
 */
public interface SharedRecordEditor<F extends EditingForm> {

	/** The form filled in from the stored record. */
	F form(String slug);

	void add(F form);

	/**
	 * @throws EditConflictException when the form was filled in from an older version
	 */
	void update(String slug, F form);

	/** What depends on the record (and refuses its deletion) and what goes with it. */
	DeleteImpact impactOfDeleting(String slug);

	/** Deletes the record unless something depends on it; says what did. */
	DeleteImpact delete(String slug);

}
