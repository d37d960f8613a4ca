package org.talkstracker.source;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/**
 * Editors add, edit and delete the sources facts cite. Opened from a round's page (with
 * {@code ?round=}), a saved form leads back to that round, where the facts that are to
 * cite the source are; otherwise to the list of sources.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceAdminController {

	static final Map<String, String> CONSTRAINTS = Map.of("source_slug_unique", "slug", "source_url_is_web_address",
			"url");

	private static final Pattern ROUND_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final SourceEditor editor;

	private final FormSubmissions submissions;

	SourceAdminController(SourceEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sources", this.editor.all());
		return "source/admin/list";
	}

	@GetMapping("/new")
	String addForm(@RequestParam(required = false) String round, Model model) {
		model.addAttribute("form", SourceForm.blank());
		return form(model, null, round);
	}

	@PostMapping("/new")
	String add(@RequestParam(required = false) String round, @Valid @ModelAttribute("form") SourceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		if (FormSaving.saved(result, CONSTRAINTS, () -> this.editor.add(form))) {
			return saved(redirect, round, "admin.source.addedForRound");
		}
		return form(model, null, round);
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, @RequestParam(required = false) String round, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug, round);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @RequestParam(required = false) String round,
			@Valid @ModelAttribute("form") SourceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		String notice = FormSaving.saved(result, CONSTRAINTS, () -> this.editor.update(slug, form), "admin.saved");
		if (notice != null) {
			return saved(redirect, round, notice);
		}
		return form(model, slug, round);
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/sources",
				() -> deletePage(model, slug, impact));
	}

	private static String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "source", slug, "/admin/sources/" + slug,
				"/admin/sources/" + slug + "/edit");
	}

	/** Back to the round the form was opened from, else to all sources. */
	private static String saved(RedirectAttributes redirect, String round, String notice) {
		if (fromRound(round)) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/admin/rounds/" + round + "#sources";
		}
		// The notice of a source added for a round names that round; saved, it says only
		// so.
		redirect.addFlashAttribute("notice", "admin.source.addedForRound".equals(notice) ? "admin.saved" : notice);
		return "redirect:/admin/sources";
	}

	/**
	 * Only a slug leads back: anything else in the parameter is ignored, never put in an
	 * address.
	 */
	private static boolean fromRound(String round) {
		return round != null && ROUND_SLUG.matcher(round).matches();
	}

	private String form(Model model, String slug, String round) {
		model.addAttribute("slug", slug);
		model.addAttribute("round", fromRound(round) ? round : null);
		model.addAttribute("kinds", SourceKind.values());
		return "source/admin/form";
	}

}
