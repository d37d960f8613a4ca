package org.talkstracker.web;

import org.springframework.validation.BindingResult;

/**
 * The rule for a value stored with how exactly it is known (a date and its precision, a
 * length and its precision): the schema wants both or neither. One home for the forms
 * that check it before the database does, so each says it the same way: beside the field
 * left empty, unless that field is already refused for a value that did not parse.
 */
public final class MeasuredValues {

	private MeasuredValues() {
	}

	public static void bothOrNeither(BindingResult result, String valueField, Object value, String precisionField,
			Object precision, String constraint) {
		String messageKey = "constraint." + constraint;
		if (value != null && precision == null) {
			result.rejectValue(precisionField, messageKey);
		}
		else if (value == null && precision != null && !result.hasFieldErrors(valueField)) {
			result.rejectValue(valueField, messageKey);
		}
	}

}
