package org.talkstracker.proposal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.round.WorkspaceForms;
import org.talkstracker.round.WorkspaceShortForms;
import org.talkstracker.web.FormSubmissions;

/**
 * The workspace's short form for proposals: several in one submission, back to the
 * workspace, or the form again with what was refused beside the row's field.
 */
@Controller
class ProposalRowsController implements WorkspaceForms {

	private final ProposalRows rows;

	private final WorkspaceShortForms shortForms;

	private final FormSubmissions submissions;

	ProposalRowsController(ProposalRows rows, WorkspaceShortForms shortForms, FormSubmissions submissions) {
		this.rows = rows;
		this.shortForms = shortForms;
		this.submissions = submissions;
	}

	@Override
	public void offer(String round, Model model) {
		model.addAttribute("proposalRows", ProposalRowsForm.blank());
		choices(round, model);
	}

	@PostMapping("/admin/rounds/{round}/workspace/proposals")
	String add(@PathVariable String round, @ModelAttribute("form") ProposalRowsForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "proposals", form.proposals(), ProposalRowsForm.Row::filledIn);
		return this.shortForms.savedOrShownAgain(result, () -> this.rows.add(round, form), redirect, round, "proposals",
				model, () -> {
					choices(round, model);
					return "proposal/admin/rows";
				});
	}

	private void choices(String round, Model model) {
		this.shortForms.offerRoundChoices(round, model);
		model.addAttribute("proposalCategories", ProposalCategory.values());
		model.addAttribute("proposalStatuses", ProposalStatus.values());
	}

}
