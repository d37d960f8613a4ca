package org.talkstracker.exchange;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.round.WorkspaceForms;
import org.talkstracker.round.WorkspaceShortForms;
import org.talkstracker.web.FormSubmissions;

/**
 * The workspace's short forms for exchanges agreed at the round and for handovers of
 * agreements of its process: several rows in one submission, back to the workspace, or
 * the form again with what was refused beside the row's field.
 */
@Controller
@RequestMapping("/admin/rounds/{round}/workspace")
class ExchangeRowsController implements WorkspaceForms {

	private final ExchangeRows rows;

	private final WorkspaceShortForms shortForms;

	private final FormSubmissions submissions;

	ExchangeRowsController(ExchangeRows rows, WorkspaceShortForms shortForms, FormSubmissions submissions) {
		this.rows = rows;
		this.shortForms = shortForms;
		this.submissions = submissions;
	}

	@Override
	public void offer(String round, Model model) {
		model.addAttribute("exchangeRows", ExchangeRowsForm.blank());
		model.addAttribute("handoverRows", HandoverRowsForm.blank());
		choices(round, model);
	}

	@PostMapping("/exchanges")
	String addAgreements(@PathVariable String round, @ModelAttribute("form") ExchangeRowsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "agreements", form.agreements(), ExchangeRowsForm.Row::filledIn);
		return this.shortForms.savedOrShownAgain(result, () -> this.rows.addAgreements(round, form), redirect, round,
				"exchanges", model, () -> page(round, model));
	}

	/**
	 * Handovers of a published round's agreement change it: the release note goes with
	 * them.
	 */
	@PostMapping("/handovers")
	String addHandovers(@PathVariable String round, @ModelAttribute("form") HandoverRowsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "handovers", form.handovers(), HandoverRowsForm.Row::filledIn);
		return this.shortForms.savedOrShownAgain(result, () -> this.rows.addHandovers(round, form), redirect, round,
				"handovers", model, () -> page(round, model));
	}

	private String page(String round, Model model) {
		choices(round, model);
		return "exchange/admin/rows";
	}

	private void choices(String round, Model model) {
		this.shortForms.offerRoundChoices(round, model);
		model.addAttribute("exchangeKinds", ExchangeKind.values());
		model.addAttribute("countPrecisions", CountPrecision.values());
		model.addAttribute("agreementChoices", this.rows.agreementChoices(round));
	}

}
