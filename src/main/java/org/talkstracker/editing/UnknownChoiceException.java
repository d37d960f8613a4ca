package org.talkstracker.editing;

/**
 * A form named a record that is not among the choices (deleted meanwhile, or a hand-made
 * request); the controller shows it beside the field.
 */
public class UnknownChoiceException extends FieldRefusedException {

	public UnknownChoiceException(String field, Object value) {
		super(field, "admin.form.unknownChoice");
	}

}
