package org.talkstracker.web;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.ApprovalRequiredException;
import org.talkstracker.editing.FieldRefusedException;

/**
 * Saves a valid form, and turns what the domain or the database refuses into messages
 * beside the fields, so the form is shown again as typed.
 */
public final class FormSaving {

	private FormSaving() {
	}

	/**
	 * @param constraints the form field each database constraint concerns
	 * @return whether the form was valid and saved
	 */
	public static boolean saved(BindingResult result, Map<String, String> constraints, Runnable save) {
		return saved(result, constraints, save, null);
	}

	private static boolean saved(BindingResult result, Map<String, String> constraints, Runnable save,
			Runnable propose) {
		return !searchingPicker() && saving(result, constraints, save, propose);
	}

	private static boolean saving(BindingResult result, Map<String, String> constraints, Runnable save,
			Runnable propose) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (ApprovalRequiredException ex) {
			if (propose == null) {
				reject(result, ex);
				return false;
			}
			propose.run();
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			DatabaseConstraints.reject(result, ex, constraints);
		}
		catch (FieldRefusedException ex) {
			reject(result, ex);
		}
		return false;
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
		return saving(result, constraints, save, null);
	}

	/**
	 * Saves a valid form and redirects to {@code after} with the notice that it was
	 * saved, or shows the form again as typed, with what was refused beside its field.
	 * @param formAgain fills the model for the form and names its view
	 */
	public static String savedOrShownAgain(BindingResult result, Map<String, String> constraints, Runnable save,
			RedirectAttributes redirect, String after, Supplier<String> formAgain) {
		if (saved(result, constraints, save)) {
			redirect.addFlashAttribute("notice", "admin.saved");
			return "redirect:" + after;
		}
		return formAgain.get();
	}

	/**
	 * As {@link #savedOrShownAgain}, but a save that the two-person rule keeps for a
	 * second editor's approval is proposed for it instead, with the notice that it was.
	 * @param propose stores the form for approval, in a transaction of its own
	 */
	public static String savedOrProposed(BindingResult result, Map<String, String> constraints, Runnable save,
			Runnable propose, RedirectAttributes redirect, String after, Supplier<String> formAgain) {
		boolean[] proposed = new boolean[1];
		if (saved(result, constraints, save, () -> {
			propose.run();
			proposed[0] = true;
		})) {
			redirect.addFlashAttribute("notice", proposed[0] ? "approval.proposed" : "admin.saved");
			return "redirect:" + after;
		}
		return formAgain.get();
	}

}
