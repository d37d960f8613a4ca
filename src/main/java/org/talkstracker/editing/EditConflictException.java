package org.talkstracker.editing;

/**
 * A form was filled in from a version of a record that someone else has changed since.
 * Nothing is saved; the conflict page shows, field by field, what is stored now and what
 * was submitted, and where the two editors changed different fields, applies the
 * submitted changes to the stored version in one click.
 */
public class EditConflictException extends RuntimeException {

	private final String labels;

	private final EditingForm stored;

	private final EditingForm submitted;

	private EditConflictException(String labels, EditingForm stored, EditingForm submitted) {
		super("Edited from an old version: " + labels);
		this.labels = labels;
		this.stored = stored;
		this.submitted = submitted;
	}

	/**
	 * Throws unless the submitted form was filled in from the stored version. Both forms
	 * are of one kind; each of their fields is named by the message
	 * {@code labels.<field>}.
	 * @param stored the form as the stored record fills it in now
	 */
	public static <F extends EditingForm> void unlessCurrent(F stored, F submitted, String labels) {
		if (stored.version() != submitted.version()) {
			throw new EditConflictException(labels, stored, submitted);
		}
	}

	/** The message key prefix that names the fields. */
	public String getLabels() {
		return this.labels;
	}

	/** The form as the stored record fills it in now. */
	public EditingForm getStored() {
		return this.stored;
	}

	/** The form as the editor submitted it. */
	public EditingForm getSubmitted() {
		return this.submitted;
	}

}
