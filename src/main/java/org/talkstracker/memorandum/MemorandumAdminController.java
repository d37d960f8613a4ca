package org.talkstracker.memorandum;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.round.RoundCatalogue;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.MeasuredValues;

/** Editors add, edit and delete memoranda and their clauses. */
@Controller
@RequestMapping("/admin/memoranda")
class MemorandumAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("memorandum_slug_unique", "slug",
			"memorandum_original_title_given", "titleOriginal", "memorandum_delivery_date_needs_precision",
			"deliveredPrecision", "memorandum_published_not_before_delivery", "publishedOn",
			"clause_number_unique_in_memorandum", "number", "published_round_facts_cite_sources", "sources");

	private final MemorandumEditor editor;

	private final PartyCatalogue parties;

	private final RoundCatalogue rounds;

	private final FormSubmissions submissions;

	MemorandumAdminController(MemorandumEditor editor, PartyCatalogue parties, RoundCatalogue rounds,
			FormSubmissions submissions) {
		this.editor = editor;
		this.parties = parties;
		this.rounds = rounds;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("memoranda", this.editor.all());
		return "memorandum/admin/list";
	}

	@GetMapping("/new")
	String addForm(@RequestParam(required = false) String round, Model model) {
		model.addAttribute("form", MemorandumForm.blank(this.rounds.processOf(round), round));
		return form(model, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") MemorandumForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkDelivered(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect,
				"/admin/memoranda/" + form.slug() + "/edit", () -> form(model, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") MemorandumForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkDelivered(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(slug, form), redirect,
				"/admin/memoranda/" + slug + "/edit", () -> form(model, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return DeleteConfirmation.page(model, this.editor.impactOfDeleting(slug), "memorandum", slug,
				"/admin/memoranda/" + slug, "/admin/memoranda/" + slug + "/edit");
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		this.editor.delete(slug);
		return DeleteConfirmation.deleted(redirect, "/admin/memoranda");
	}

	@GetMapping("/{slug}/clauses/new")
	String addClauseForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", ClauseForm.blank(this.editor.nextClauseNumber(slug)));
		return clauseForm(model, slug, null);
	}

	@PostMapping("/{slug}/clauses/new")
	String addClause(@PathVariable String slug, @Valid @ModelAttribute("form") ClauseForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.addClause(slug, form), redirect,
				"/admin/memoranda/" + slug + "/edit#clauses", () -> clauseForm(model, slug, null));
	}

	@GetMapping("/{slug}/clauses/{number}/edit")
	String editClauseForm(@PathVariable String slug, @PathVariable int number, Model model) {
		model.addAttribute("form", this.editor.clauseForm(slug, number));
		return clauseForm(model, slug, number);
	}

	@PostMapping("/{slug}/clauses/{number}/edit")
	String editClause(@PathVariable String slug, @PathVariable int number,
			@Valid @ModelAttribute("form") ClauseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.updateClause(slug, number, form),
				redirect, "/admin/memoranda/" + slug + "/edit#clauses", () -> clauseForm(model, slug, number));
	}

	@GetMapping("/{slug}/clauses/{number}/delete")
	String confirmDeleteClause(@PathVariable String slug, @PathVariable int number, Model model) {
		this.editor.clauseForm(slug, number);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "clause", slug + " §" + number,
				"/admin/memoranda/" + slug + "/clauses/" + number, "/admin/memoranda/" + slug + "/edit");
	}

	@PostMapping("/{slug}/clauses/{number}/delete")
	String deleteClause(@PathVariable String slug, @PathVariable int number, RedirectAttributes redirect) {
		this.editor.deleteClause(slug, number);
		return DeleteConfirmation.deleted(redirect, "/admin/memoranda/" + slug + "/edit#clauses");
	}

	/** The schema wants a delivery date with its precision, or neither. */
	private static void checkDelivered(MemorandumForm form, BindingResult result) {
		MeasuredValues.bothOrNeither(result, "deliveredOn", form.deliveredOn(), "deliveredPrecision",
				form.deliveredPrecision(), "memorandum_delivery_date_needs_precision");
	}

	private String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		model.addAttribute("clauses", (slug != null) ? this.editor.clauses(slug) : List.of());
		model.addAttribute("processes", this.parties.processes());
		model.addAttribute("rounds", this.rounds.choices());
		model.addAttribute("precisions", DatePrecision.values());
		return "memorandum/admin/form";
	}

	private String clauseForm(Model model, String slug, Integer number) {
		model.addAttribute("slug", slug);
		model.addAttribute("number", number);
		model.addAttribute("topics", ClauseTopic.values());
		return "memorandum/admin/clause";
	}

}
