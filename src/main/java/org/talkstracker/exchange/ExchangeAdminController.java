package org.talkstracker.exchange;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.round.RoundSection;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/** Editors add, edit and delete a round's exchange agreements and their stages. */
@Controller
@RequestMapping("/admin/rounds/{round}/exchanges")
class ExchangeAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("exchange_agreement_slug_unique_in_round", "slug",
			"exchange_sides_differ", "sideB", "exchange_all_for_all_has_no_counts", "allForAll",
			"exchange_stage_sequence_unique_in_agreement", "sequence", "exchange_stage_announced_not_before_handover",
			"announcedOn", "exchange_stage_side_a_withheld_has_no_figures", "sideAWithheld",
			"exchange_stage_side_b_withheld_has_no_figures", "sideBWithheld",
			"exchange_stage_not_before_agreement_round", "occurredOn", "published_round_facts_cite_sources", "sources",
			"exchange_reported_total_once_per_report", "reportedBy");

	private final ExchangeEditor editor;

	private final FormSubmissions submissions;

	private final PartyCatalogue parties;

	ExchangeAdminController(ExchangeEditor editor, FormSubmissions submissions, PartyCatalogue parties) {
		this.editor = editor;
		this.submissions = submissions;
		this.parties = parties;
	}

	/**
	 * A new agreement: in a round whose delegations are of two parties, between those
	 * two, its counts asked by their names; otherwise the parties are chosen first.
	 */
	@GetMapping("/new")
	String addForm(@PathVariable String round, Model model) {
		model.addAttribute("form", ExchangeForm.between(this.editor.pairAtTable(round)));
		return form(model, round, null);
	}

	@PostMapping("/new")
	String add(@PathVariable String round, @Valid @ModelAttribute("form") ExchangeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkAllForAll(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(round, form), redirect,
				RoundSection.of(round, "exchanges"), () -> form(model, round, null));
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String round, @PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(round, slug));
		return form(model, round, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String round, @PathVariable String slug, @Valid @ModelAttribute("form") ExchangeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		checkAllForAll(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(round, slug, form), redirect,
				RoundSection.of(round, "exchanges"), () -> form(model, round, slug));
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String round, @PathVariable String slug, Model model) {
		return DeleteConfirmation.page(model, this.editor.impactOfDeleting(round, slug), "exchange_agreement", slug,
				"/admin/rounds/" + round + "/exchanges/" + slug, "/admin/rounds/" + round);
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String round, @PathVariable String slug, RedirectAttributes redirect) {
		this.editor.delete(round, slug);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "exchanges"));
	}

	@GetMapping("/{slug}/stages/new")
	String addStageForm(@PathVariable String round, @PathVariable String slug, Model model) {
		model.addAttribute("form", StageForm.blank(this.editor.sides(round, slug).nextSequence()));
		return stageForm(model, round, slug, null);
	}

	@PostMapping("/{slug}/stages/new")
	String addStage(@PathVariable String round, @PathVariable String slug,
			@Valid @ModelAttribute("form") StageForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.addStage(round, slug, form),
				redirect, RoundSection.of(round, "exchanges"), () -> stageForm(model, round, slug, null));
	}

	@GetMapping("/{slug}/stages/{sequence}/edit")
	String editStageForm(@PathVariable String round, @PathVariable String slug, @PathVariable int sequence,
			Model model) {
		model.addAttribute("form", this.editor.stageForm(round, slug, sequence));
		return stageForm(model, round, slug, sequence);
	}

	@PostMapping("/{slug}/stages/{sequence}/edit")
	String editStage(@PathVariable String round, @PathVariable String slug, @PathVariable int sequence,
			@Valid @ModelAttribute("form") StageForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS,
				() -> this.editor.updateStage(round, slug, sequence, form), redirect,
				RoundSection.of(round, "exchanges"), () -> stageForm(model, round, slug, sequence));
	}

	@GetMapping("/{slug}/stages/{sequence}/delete")
	String confirmDeleteStage(@PathVariable String round, @PathVariable String slug, @PathVariable int sequence,
			Model model) {
		this.editor.stageForm(round, slug, sequence);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "exchange_stage", slug + " #" + sequence,
				"/admin/rounds/" + round + "/exchanges/" + slug + "/stages/" + sequence, "/admin/rounds/" + round);
	}

	@PostMapping("/{slug}/stages/{sequence}/delete")
	String deleteStage(@PathVariable String round, @PathVariable String slug, @PathVariable int sequence,
			RedirectAttributes redirect) {
		this.editor.deleteStage(round, slug, sequence);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "exchanges"));
	}

	@GetMapping("/{slug}/totals/new")
	String addReportedTotalForm(@PathVariable String round, @PathVariable String slug, Model model) {
		model.addAttribute("form", ReportedTotalForm.blank());
		return reportedTotalForm(model, round, slug, null, null);
	}

	@PostMapping("/{slug}/totals/new")
	String addReportedTotal(@PathVariable String round, @PathVariable String slug,
			@Valid @ModelAttribute("form") ReportedTotalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.addReportedTotal(round, slug, form),
				redirect, RoundSection.of(round, "exchanges"), () -> reportedTotalForm(model, round, slug, null, null));
	}

	@GetMapping("/{slug}/totals/{receivedBy}/{reportedBy}/edit")
	String editReportedTotalForm(@PathVariable String round, @PathVariable String slug,
			@PathVariable ExchangeSide receivedBy, @PathVariable ExchangeSide reportedBy, Model model) {
		model.addAttribute("form", this.editor.reportedTotalForm(round, slug, receivedBy, reportedBy));
		return reportedTotalForm(model, round, slug, receivedBy, reportedBy);
	}

	@PostMapping("/{slug}/totals/{receivedBy}/{reportedBy}/edit")
	String editReportedTotal(@PathVariable String round, @PathVariable String slug,
			@PathVariable ExchangeSide receivedBy, @PathVariable ExchangeSide reportedBy,
			@Valid @ModelAttribute("form") ReportedTotalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS,
				() -> this.editor.updateReportedTotal(round, slug, receivedBy, reportedBy, form), redirect,
				RoundSection.of(round, "exchanges"),
				() -> reportedTotalForm(model, round, slug, receivedBy, reportedBy));
	}

	@GetMapping("/{slug}/totals/{receivedBy}/{reportedBy}/delete")
	String confirmDeleteReportedTotal(@PathVariable String round, @PathVariable String slug,
			@PathVariable ExchangeSide receivedBy, @PathVariable ExchangeSide reportedBy, Model model) {
		this.editor.reportedTotalForm(round, slug, receivedBy, reportedBy);
		ExchangeEditor.Sides sides = this.editor.sides(round, slug);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "exchange_reported_total",
				slug + ": " + sides.name(receivedBy) + " / " + sides.name(reportedBy),
				"/admin/rounds/" + round + "/exchanges/" + slug + "/totals/" + receivedBy + "/" + reportedBy,
				"/admin/rounds/" + round);
	}

	@PostMapping("/{slug}/totals/{receivedBy}/{reportedBy}/delete")
	String deleteReportedTotal(@PathVariable String round, @PathVariable String slug,
			@PathVariable ExchangeSide receivedBy, @PathVariable ExchangeSide reportedBy, RedirectAttributes redirect) {
		this.editor.deleteReportedTotal(round, slug, receivedBy, reportedBy);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "exchanges"));
	}

	/**
	 * The schema allows no agreed counts on an all-for-all exchange; said beside the box,
	 * before saving.
	 */
	private static void checkAllForAll(ExchangeForm form, BindingResult result) {
		if (form.allForAll() && (form.sideACount() != null || form.sideBCount() != null)) {
			result.rejectValue("allForAll", "constraint.exchange_all_for_all_has_no_counts");
		}
	}

	private String form(Model model, String round, String slug) {
		ExchangeForm form = (ExchangeForm) model.getAttribute("form");
		model.addAttribute("round", round);
		model.addAttribute("slug", slug);
		// Once the parties are chosen, the counts are labelled with their names.
		model.addAttribute("sideAName", this.parties.nameOf(form.sideA()));
		model.addAttribute("sideBName", this.parties.nameOf(form.sideB()));
		model.addAttribute("kinds", ExchangeKind.values());
		model.addAttribute("countPrecisions", CountPrecision.values());
		return "exchange/admin/form";
	}

	private String stageForm(Model model, String round, String slug, Integer sequence) {
		model.addAttribute("round", round);
		model.addAttribute("slug", slug);
		model.addAttribute("sequence", sequence);
		model.addAttribute("sides", this.editor.sides(round, slug));
		model.addAttribute("precisions", DatePrecision.values());
		return "exchange/admin/stage";
	}

	private String reportedTotalForm(Model model, String round, String slug, ExchangeSide receivedBy,
			ExchangeSide reportedBy) {
		ExchangeEditor.Sides sides = this.editor.sides(round, slug);
		model.addAttribute("round", round);
		model.addAttribute("slug", slug);
		model.addAttribute("sides", sides);
		model.addAttribute("sideChoices", sides.choices());
		model.addAttribute("receivedByName", (receivedBy != null) ? sides.name(receivedBy) : null);
		model.addAttribute("reportedByName", (reportedBy != null) ? sides.name(reportedBy) : null);
		return "exchange/admin/total";
	}

}
