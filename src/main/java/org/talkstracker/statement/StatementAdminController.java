package org.talkstracker.statement;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.round.RoundCatalogue;
import org.talkstracker.round.RoundSection;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.MeasuredValues;

/** Editors add, edit and delete statements. */
@Controller
@RequestMapping("/admin/statements")
class StatementAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("statement_slug_unique_in_process", "slug",
			"statement_date_needs_precision", "saidPrecision", "statement_not_disputing_itself", "disputes",
			"published_round_facts_cite_sources", "sources");

	private final StatementEditor editor;

	private final PartyCatalogue parties;

	private final RoundCatalogue rounds;

	private final FormSubmissions submissions;

	StatementAdminController(StatementEditor editor, PartyCatalogue parties, RoundCatalogue rounds,
			FormSubmissions submissions) {
		this.editor = editor;
		this.parties = parties;
		this.rounds = rounds;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("statements", this.editor.all());
		return "statement/admin/list";
	}

	@GetMapping("/new")
	String addForm(@RequestParam(required = false) String round, Model model) {
		model.addAttribute("form", StatementForm.blank(this.rounds.processOf(round), round));
		return form(model, null, null);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkSaid(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(form), redirect, after(form),
				() -> form(model, null, null));
	}

	@GetMapping("/{process}/{slug}/edit")
	String editForm(@PathVariable String process, @PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(process, slug));
		return form(model, process, slug);
	}

	@PostMapping("/{process}/{slug}/edit")
	String edit(@PathVariable String process, @PathVariable String slug,
			@Valid @ModelAttribute("form") StatementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkSaid(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(process, slug, form),
				redirect, after(form), () -> form(model, process, slug));
	}

	@GetMapping("/{process}/{slug}/delete")
	String confirmDelete(@PathVariable String process, @PathVariable String slug, Model model) {
		return deletePage(model, process, slug, this.editor.impactOfDeleting(process, slug));
	}

	@PostMapping("/{process}/{slug}/delete")
	String delete(@PathVariable String process, @PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(process, slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/statements",
				() -> deletePage(model, process, slug, impact));
	}

	private String deletePage(Model model, String process, String slug, DeleteImpact impact) {
		String path = "/admin/statements/" + process + "/" + slug;
		return DeleteConfirmation.page(model, impact, "statement", slug, path, path + "/edit");
	}

	private static void checkSaid(StatementForm form, BindingResult result) {
		MeasuredValues.bothOrNeither(result, "saidOn", form.saidOn(), "saidPrecision", form.saidPrecision(),
				"statement_date_needs_precision");
	}

	/** Back to the round the statement is about, else to all statements. */
	private static String after(StatementForm form) {
		return (form.round() != null) ? RoundSection.of(form.round(), "statements") : "/admin/statements";
	}

	private String form(Model model, String process, String slug) {
		model.addAttribute("process", process);
		model.addAttribute("slug", slug);
		model.addAttribute("processes", this.parties.processes());
		model.addAttribute("rounds", this.rounds.choices());
		model.addAttribute("disputable", this.editor.disputable());
		model.addAttribute("precisions", DatePrecision.values());
		return "statement/admin/form";
	}

}
