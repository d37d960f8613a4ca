package org.talkstracker.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;

/**
 * Fills in the one delete confirmation page ({@code admin/delete.html}) for any record.
 */
public final class DeleteConfirmation {

	private DeleteConfirmation() {
	}

	/**
	 * @param kind the record's kind, named by the message {@code admin.kind.<kind>}
	 * @param path the record's editing path; the confirmation posts to
	 * {@code path + "/delete"}
	 * @param back where cancelling leads
	 */
	public static String page(Model model, DeleteImpact impact, String kind, String what, String path, String back) {
		model.addAttribute("impact", impact);
		model.addAttribute("kind", kind);
		model.addAttribute("what", what);
		model.addAttribute("action", path + "/delete");
		model.addAttribute("back", back);
		return "admin/delete";
	}

	/**
	 * After a delete: {@code after} with the notice that it was deleted, or, when records
	 * that depend on it refused the delete, the confirmation page naming them, as a 409.
	 * @param refusal fills the model for the confirmation page and names its view
	 */
	public static String deletedOrRefused(DeleteImpact impact, HttpServletResponse response,
			RedirectAttributes redirect, String after, Supplier<String> refusal) {
		if (impact.refused()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return refusal.get();
		}
		return deleted(redirect, after);
	}

	/**
	 * After a delete nothing could refuse: {@code after}, with the notice that it was
	 * deleted.
	 */
	public static String deleted(RedirectAttributes redirect, String after) {
		redirect.addFlashAttribute("notice", "admin.deleted");
		return "redirect:" + after;
	}

}
