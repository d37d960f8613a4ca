package org.talkstracker.proposal;

import java.util.Map;

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
import org.talkstracker.round.RoundSection;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/** Editors add, edit and delete what the parties proposed at a round. */
@Controller
@RequestMapping("/admin/rounds/{round}/proposals")
class ProposalAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("proposal_slug_unique_in_round", "slug",
			"published_round_facts_cite_sources", "sources");

	private final ProposalEditor editor;

	private final FormSubmissions submissions;

	ProposalAdminController(ProposalEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping("/new")
	String addForm(@PathVariable String round, Model model) {
		model.addAttribute("form", ProposalForm.blank());
		return form(model, round, null);
	}

	@PostMapping("/new")
	String add(@PathVariable String round, @Valid @ModelAttribute("form") ProposalForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(round, form), redirect,
				RoundSection.of(round, "proposals"), () -> form(model, round, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String round, @PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(round, slug));
		return form(model, round, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String round, @PathVariable String slug, @Valid @ModelAttribute("form") ProposalForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(round, slug, form), redirect,
				RoundSection.of(round, "proposals"), () -> form(model, round, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String round, @PathVariable String slug, Model model) {
		this.editor.form(round, slug);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "proposal", slug,
				"/admin/rounds/" + round + "/proposals/" + slug, "/admin/rounds/" + round);
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String round, @PathVariable String slug, RedirectAttributes redirect) {
		this.editor.delete(round, slug);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "proposals"));
	}

	private String form(Model model, String round, String slug) {
		model.addAttribute("round", round);
		model.addAttribute("slug", slug);
		model.addAttribute("categories", ProposalCategory.values());
		model.addAttribute("statuses", ProposalStatus.values());
		return "proposal/admin/form";
	}

}
