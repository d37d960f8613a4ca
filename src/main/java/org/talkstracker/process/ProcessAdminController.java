package org.talkstracker.process;

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

/** Editors add, edit and delete peace processes and choose the parties involved. */
@Controller
@RequestMapping("/admin/processes")
class ProcessAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("process_slug_unique", "slug",
			"process_wikidata_id_unique", "wikidataId", "process_wikidata_id_format", "wikidataId",
			"process_ucdp_conflict_id_positive", "ucdpConflictId", "process_pax_process_id_positive", "paxProcessId");

	private final ProcessEditor editor;

	private final PartyCatalogue parties;

	private final FormSubmissions submissions;

	ProcessAdminController(ProcessEditor editor, PartyCatalogue parties, FormSubmissions submissions) {
		this.editor = editor;
		this.parties = parties;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("processes", this.editor.all());
		return "process/admin/list";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", ProcessForm.blank());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") ProcessForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect,
				"/admin/processes", () -> form(model, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") ProcessForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(slug, form), redirect,
				"/admin/processes", () -> form(model, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/processes",
				() -> deletePage(model, slug, impact));
	}

	private static String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "process", slug, "/admin/processes/" + slug,
				"/admin/processes/" + slug + "/edit");
	}

	private String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		model.addAttribute("partyChoices", this.parties.parties());
		return "process/admin/form";
	}

}
