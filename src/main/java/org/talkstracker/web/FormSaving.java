package org.talkstracker.web;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;

/**
 * Saves a valid form, and turns what the domain or the database refuses into messages beside
 * the fields, so the form is shown again as typed.
 */
public final class FormSaving {

	private FormSaving() {
	}

	/**
	 * @param constraints the form field each database constraint concerns
	 * @return whether the form was valid and saved
	 */
	public static boolean saved(BindingResult result, Map<String, String> constraints, Runnable save) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			DatabaseConstraints.reject(result, ex, constraints);
		}
		catch (FieldRefusedException ex) {
			result.rejectValue(ex.getField(), ex.getMessageKey());
		}
		return false;
	}

}
