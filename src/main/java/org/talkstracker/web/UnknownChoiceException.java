package org.talkstracker.web;

/**
 * A form named a record that is not among the choices (deleted meanwhile, or a hand-made
 * request); the controller shows it beside the field.
 */
public class UnknownChoiceException extends RuntimeException {

	private final String field;

	public UnknownChoiceException(String field, Object value) {
		super("No " + field + " '" + value + "'");
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
