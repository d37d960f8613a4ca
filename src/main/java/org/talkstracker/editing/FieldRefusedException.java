package org.talkstracker.editing;

/**
 * A form value the domain refuses (a duplicate, a choice that no longer exists), shown
 * beside its field.
 */
public class FieldRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRefusedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
