package org.talkstracker.round;

import java.security.Principal;
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
import org.talkstracker.editing.ApprovalRequests;
import org.talkstracker.editing.ApprovalRequiredException;
import org.talkstracker.editing.DeleteImpact;
import org.talkstracker.editing.FieldRefusedException;
import org.talkstracker.process.PartyCatalogue;
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;
import org.talkstracker.web.MeasuredValues;

/** Editors create, edit, publish, withdraw and delete rounds. */
@Controller
@RequestMapping("/admin/rounds")
class RoundAdminController {

	/** The schema's rules on rounds, and the field each concerns. */
	private static final Map<String, String> CONSTRAINTS = Map.ofEntries(Map.entry("round_slug_unique", "slug"),
			Map.entry("round_number_unique_in_process", "number"), Map.entry("round_ends_after_start", "endedAt"),
			Map.entry("round_duration_needs_precision", "durationPrecision"),
			Map.entry("round_number_positive", "number"), Map.entry("round_duration_positive", "durationMinutes"),
			Map.entry("round_slug_retired", "slug"), Map.entry("round_not_after_its_handovers", "heldOn"),
			Map.entry("published_round_facts_cite_sources", "sources"),
			Map.entry("round_original_city_given", "cityOriginal"),
			Map.entry("round_original_venue_given", "venueOriginal"));

	private final RoundEditor editor;

	private final PartyCatalogue catalogue;

	private final FormSubmissions submissions;

	private final ApprovalRequests approvals;

	RoundAdminController(RoundEditor editor, PartyCatalogue catalogue, FormSubmissions submissions,
			ApprovalRequests approvals) {
		this.editor = editor;
		this.approvals = approvals;
		this.catalogue = catalogue;
		this.submissions = submissions;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rounds", this.editor.all());
		return "round/admin/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", RoundForm.blank());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") RoundForm form, BindingResult bindingResult, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, bindingResult, model);
		checkDuration(form, result);
		if (FormSaving.saved(result, CONSTRAINTS, () -> this.editor.create(form))) {
			redirect.addFlashAttribute("notice", "admin.round.created");
			return "redirect:/admin/rounds/" + form.slug();
		}
		return form(model, null);
	}

	@GetMapping("/{slug}/edit")
	String editForm(@PathVariable String slug, Model model) {
		model.addAttribute("form", this.editor.form(slug));
		return form(model, slug);
	}

	@PostMapping("/{slug}/edit")
	String edit(@PathVariable String slug, @Valid @ModelAttribute("form") RoundForm form, BindingResult bindingResult,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, bindingResult, model);
		checkDuration(form, result);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(slug, form), redirect,
				"/admin/rounds/" + slug, () -> form(model, slug));
	}

	/**
	 * Publishing again what readers saw differently in the round's latest release needs a
	 * public note, as any release after the first does. Under the two-person rule, the
	 * publication is asked of a second editor instead.
	 */
	@PostMapping("/{slug}/publish")
	String publish(@PathVariable String slug, RedirectAttributes redirect) {
		try {
			boolean published = this.editor.publish(slug).isEmpty();
			redirect.addFlashAttribute(published ? "notice" : "problem",
					published ? "admin.round.published" : "admin.round.publishRefused");
		}
		catch (ApprovalRequiredException ex) {
			this.approvals.requestPublication(slug);
			redirect.addFlashAttribute("notice", "approval.requested");
		}
		catch (FieldRefusedException ex) {
			redirect.addFlashAttribute("problem", "release.note.requiredToPublish");
		}
		return "redirect:/admin/rounds/" + slug;
	}

	/** Asks for the public reason a published round is withdrawn for. */
	@GetMapping("/{slug}/withdraw")
	String withdrawForm(@PathVariable String slug, Model model, RedirectAttributes redirect) {
		if (!this.editor.isPublished(slug)) {
			redirect.addFlashAttribute("problem", "admin.round.withdrawNotPublished");
			return "redirect:/admin/rounds/" + slug;
		}
		model.addAttribute("form", WithdrawalForm.blank());
		return withdrawal(model, slug);
	}

	@PostMapping("/{slug}/withdraw")
	String withdraw(@PathVariable String slug, @Valid @ModelAttribute("form") WithdrawalForm form,
			BindingResult bindingResult, Model model, Principal editor, RedirectAttributes redirect) {
		if (this.submissions.withForm(form, bindingResult, model).hasErrors()) {
			return withdrawal(model, slug);
		}
		boolean withdrawn = this.editor.withdraw(slug, form, editor.getName());
		redirect.addFlashAttribute(withdrawn ? "notice" : "problem",
				withdrawn ? "admin.round.withdrawn" : "admin.round.withdrawNotPublished");
		return "redirect:/admin/rounds/" + slug;
	}

	@GetMapping("/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		return deletePage(model, slug, this.editor.impactOfDeleting(slug));
	}

	@PostMapping("/{slug}/delete")
	String delete(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DeleteImpact impact = this.editor.delete(slug);
		return DeleteConfirmation.deletedOrRefused(impact, response, redirect, "/admin/rounds",
				() -> deletePage(model, slug, impact));
	}

	private String deletePage(Model model, String slug, DeleteImpact impact) {
		return DeleteConfirmation.page(model, impact, "round", slug, "/admin/rounds/" + slug, "/admin/rounds/" + slug);
	}

	private static void checkDuration(RoundForm form, BindingResult result) {
		MeasuredValues.bothOrNeither(result, "durationMinutes", form.durationMinutes(), "durationPrecision",
				form.durationPrecision(), "round_duration_needs_precision");
	}

	private static String withdrawal(Model model, String slug) {
		model.addAttribute("slug", slug);
		return "round/admin/withdraw";
	}

	private String form(Model model, String slug) {
		model.addAttribute("slug", slug);
		model.addAttribute("processes", this.catalogue.processes());
		model.addAttribute("statuses", RoundStatus.values());
		model.addAttribute("precisions", DurationPrecision.values());
		model.addAttribute("timeZones", this.editor.timeZones());
		return "round/admin/form";
	}

}
