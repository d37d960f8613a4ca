package org.talkstracker.people;

import java.util.Map;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/** Editors add, edit and delete people, with the other spellings of their names. */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("person_slug_unique", "slug",
			"person_wikidata_id_unique", "wikidataId", "person_wikidata_id_format", "wikidataId");

	private final PersonEditor editor;

	private final FormSubmissions submissions;

	PersonAdminController(PersonEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("people", this.editor.all());
		return "people/admin/list";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", PersonForm.blank());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkSpellings(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect, "/admin/people",
				() -> form(model, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkSpellings(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(slug, form), redirect,
				"/admin/people", () -> form(model, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/people",
				() -> deletePage(model, slug, impact));
	}

	private static String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "person", slug, "/admin/people/" + slug,
				"/admin/people/" + slug + "/edit");
	}

	/**
	 * Each spelling is kept in a column of its own length; the form takes them all in one
	 * box.
	 */
	private static void checkSpellings(PersonForm form, BindingResult result) {
		if (form.hasOverlongSpelling()) {
			result.rejectValue("aliases", "admin.person.aliasTooLong", new Object[] { PersonForm.LONGEST_ALIAS }, null);
		}
	}

	private static String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		return "people/admin/form";
	}

}
