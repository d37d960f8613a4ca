package org.talkstracker.editing;

import java.util.List;

/**
 * A form editors fill in to change a stored record. It names its fields, so that a
 * conflict can set the stored and the submitted values side by side, and says which
 * version of the record it was filled in from.
 */
public interface EditingForm {

	/**
	 * The most characters of a long text (a summary, details, a response, criteria, a
	 * note, a clause or statement): the schema's checks {@code
	 *
	<table>
	 * _<column>_length} (V16) and the data file's JSON Schema allow as much,
	 * TextLimitsTests keeps them in agreement.
	 */
	int LONG_TEXT = 4000;

	/** The version of the stored record the form was filled in from. */
	long version();

	/**
	 * The fields the editor fills in, in the form's order, each by the name it is bound
	 * by; the version is not one.
	 */
	List<Field> fields();

	/**
	 * One field: the name it is bound by and its value. Where readers know the value by
	 * other words, the field says which: an enum's values are named by the messages
	 * {@code <choices>.<VALUE>}; a reference's slugs name records of the kind
	 * {@code references} (a {@link RecordNames} answers for each kind).
	 */
	record Field(String name, Object value, String choices, String references) {

		public Field(String name, Object value) {
			this(name, value, null, null);
		}

		/** An enum's value, named by the messages {@code <choices>.<VALUE>}. */
		public static Field choice(String name, Object value, String choices) {
			return new Field(name, value, choices, null);
		}

		/**
		 * The slug or slugs of records of the kind that {@link RecordNames} answers for.
		 */
		public static Field reference(String name, Object value, String references) {
			return new Field(name, value, null, references);
		}

	}

}
