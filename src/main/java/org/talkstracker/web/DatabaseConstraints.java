package org.talkstracker.web;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** How PostgreSQL names the constraint a row violates. */
	private static final Pattern VIOLATED = Pattern
		.compile("violates (?:check |unique |foreign key |exclusion )?constraint \"(\\w+)\"");

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

	/**
	 * The constraint named by Hibernate, or else by the database's message: a check the
	 * schema defers to the commit (a constraint trigger) is refused by the commit itself,
	 * whose exception Hibernate does not interpret.
	 */
	public static String violated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
				return violation.getConstraintName();
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			Matcher named = (cause instanceof SQLException) ? VIOLATED.matcher(String.valueOf(cause.getMessage()))
					: null;
			if (named != null && named.find()) {
				return named.group(1);
			}
		}
		return null;
	}

}
