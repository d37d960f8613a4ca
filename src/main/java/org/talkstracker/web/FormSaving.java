package org.talkstracker.web;

import java.util.Map;
import java.util.function.Supplier;

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
		return searchingPicker() ? null : saving(result, constraints, save, savedNotice);
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
