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

/** Editors add, edit and delete the parties: states, organisations and armed groups. */
@Controller
@RequestMapping("/admin/parties")
class PartyAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("party_slug_unique", "slug",
			"party_wikidata_id_unique", "wikidataId", "party_wikidata_id_format", "wikidataId",
			"party_ucdp_actor_id_unique", "ucdpActorId", "party_ucdp_actor_id_positive", "ucdpActorId");

	private final PartyEditor editor;

	private final FormSubmissions submissions;

	PartyAdminController(PartyEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("parties", this.editor.all());
		return "process/admin/parties";
	}

	@GetMapping("/new")
	String addForm(Model model) {
		model.addAttribute("form", PartyForm.blank());
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") PartyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect,
				"/admin/parties", () -> form(model, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") PartyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(slug, form), redirect,
				"/admin/parties", () -> form(model, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/parties",
				() -> deletePage(model, slug, impact));
	}

	private static String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "party", slug, "/admin/parties/" + slug,
				"/admin/parties/" + slug + "/edit");
	}

	private static String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		model.addAttribute("kinds", PartyKind.values());
		return "process/admin/party";
	}

}
