package org.talkstracker.web;

import org.springframework.ui.Model;

/** Fills in the one delete confirmation page ({@code admin/delete.html}) for any record. */
public final class DeleteConfirmation {

	private DeleteConfirmation() {
	}

	/**
	 * @param kind the record's kind, named by the message {@code admin.kind.<kind>}
	 * @param path the record's editing path; the confirmation posts to {@code path + "/delete"}
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

}
