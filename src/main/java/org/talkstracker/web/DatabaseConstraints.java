package org.talkstracker.web;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns a constraint the database refused into a message beside the field it concerns, so
 * the schema's rules (unique numbers, dates in order) read like the form's own
 * validation. A constraint named {@code round_slug_unique} is explained by the message
 * {@code constraint.round_slug_unique}.
 */
public final class DatabaseConstraints {

	private DatabaseConstraints() {
	}

	/**
	 * @param fieldsByConstraint the form field each constraint concerns; others become
	 * form-wide errors
	 */
	public static void reject(BindingResult result, DataIntegrityViolationException ex,
			Map<String, String> fieldsByConstraint) {
		String constraint = violated(ex);
		String field = (constraint != null) ? fieldsByConstraint.get(constraint) : null;
		if (field != null) {
			result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false,
					new String[] { "constraint." + constraint }, null, null));
		}
		else {
			// Most specific first: a constraint with no message of its own falls back to
			// the general one.
			String[] codes = (constraint != null) ? new String[] { "constraint." + constraint, "constraint.unknown" }
					: new String[] { "constraint.unknown" };
			result.addError(new ObjectError(result.getObjectName(), codes, null, null));
		}
	}

	static String violated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

}
