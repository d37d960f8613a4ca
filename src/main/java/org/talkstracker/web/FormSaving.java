package org.talkstracker.web;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.editing.ProposedForApprovalException;

/**
 * Saves a valid form, and turns what the domain or the database refuses into messages
 * beside the fields, so the form is shown again as typed.
 */
public final class FormSaving {

	private FormSaving() {
	}

	/**
	 * @param constraints the form field each database constraint concerns
	 * @return whether the form was valid and saved, or proposed for a second editor's
	 * approval (the two-person rule)
	 */
	public static boolean saved(BindingResult result, Map<String, String> constraints, Runnable save) {
		return saved(result, constraints, save, "admin.saved") != null;
	}

	/**
	 * Saves a valid form.
	 * @param constraints the form field each database constraint concerns
	 * @param savedNotice the notice that the form was saved
	 * @return that notice, or the notice that the save was proposed for a second editor's
	 * approval (the two-person rule); null when the form was not valid or was refused
	 */
	public static String saved(BindingResult result, Map<String, String> constraints, Runnable save,
			String savedNotice) {
		if (searchingPicker()) {
			return null;
		}
		rejectTypedButNotAdded(result);
		return saving(result, constraints, save, savedNotice);
	}

	/**
	 * A new source, person or party typed in a picker's add part but not added, when the
	 * form itself is saved: saving the fact without it would drop what the editor typed,
	 * so the form is refused beside that picker and shown again as typed.
	 */
	private static void rejectTypedButNotAdded(BindingResult result) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		Map<String, String[]> parameters = attributes.getRequest().getParameterMap();
		parameters.forEach((name, values) -> {
			int dot = name.indexOf('.');
			if (name.startsWith(PickerAdditions.NEW) && dot > 0 && !name.endsWith(PickerAdditions.MANY)
					&& values.length > 0 && !values[0].isBlank()) {
				String field = name.substring(PickerAdditions.NEW.length(), dot);
				String[] kind = parameters.get(PickerAdditions.NEW + field);
				String code = "admin.picker.typedNotAdded." + ((kind != null) ? kind[0] : "sources");
				if (result.getFieldErrorCount(field) == 0) {
					try {
						result.rejectValue(field, code);
					}
					catch (NotReadablePropertyException ex) {
						result.reject(code);
					}
				}
			}
		});
	}

	private static String saving(BindingResult result, Map<String, String> constraints, Runnable save,
			String savedNotice) {
		if (result.hasErrors()) {
			return null;
		}
		try {
			save.run();
			return savedNotice;
		}
		catch (ProposedForApprovalException ex) {
			return "approval.proposed";
		}
		catch (DataIntegrityViolationException ex) {
			DatabaseConstraints.reject(result, ex, constraints);
		}
		catch (FieldRefusedException ex) {
			reject(result, ex);
		}
		return null;
	}

	private static void reject(BindingResult result, FieldRefusedException ex) {
		if (ex.getField() != null) {
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

	/**
	 * Whether the form was sent by a picker's find or add button ({@code fragments/admin
	 * :: picker}): then it is shown again as typed, with what the search found or the new
	 * record chosen ({@link PickerAdditions}), and nothing of it is saved.
	 */
	static boolean searchingPicker() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& (request.getRequest().getParameter(Pickers.FIND) != null
						|| request.getRequest().getParameter(Pickers.ADD) != null);
	}

	/**
	 * Saves a valid form sent inside another (a picker's new record), whatever button
	 * sent the other: what the domain or the database refuses becomes a message beside
	 * its field.
	 * @return whether the form was valid and saved
	 */
	public static boolean savedWithin(BindingResult result, Map<String, String> constraints, Runnable save) {
		return saving(result, constraints, save, "admin.saved") != null;
	}

	/**
	 * Saves a valid form and redirects to {@code after} with the notice that it was
	 * saved, or proposed for a second editor's approval, or shows the form again as
	 * typed, with what was refused beside its field.
	 * @param formAgain fills the model for the form and names its view
	 */
	public static String savedOrShownAgain(BindingResult result, Map<String, String> constraints, Runnable save,
			RedirectAttributes redirect, String after, Supplier<String> formAgain) {
		String notice = saved(result, constraints, save, "admin.saved");
		if (notice != null) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + after;
		}
		return formAgain.get();
	}

}
