package org.talkstracker.editing;

/**
 * A form value the domain refuses (a duplicate, a choice that no longer exists), shown
 * beside its field; or, without a field, what the domain refuses of the save as a whole,
 * shown above the form.
 */
public class FieldRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public FieldRefusedException(String field, String messageKey, Object... arguments) {
		super(((field != null) ? field : "form") + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The field refused, or null when the save as a whole is. */
	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
