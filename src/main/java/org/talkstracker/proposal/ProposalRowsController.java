package org.talkstracker.proposal;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.round.RoundCatalogue;
import org.talkstracker.round.RoundSection;
import org.talkstracker.round.WorkspaceForms;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/**
 * The workspace's short form for proposals: several in one submission, back to the
 * workspace, or the form again with what was refused beside the row's field.
 */
@Controller
class ProposalRowsController implements WorkspaceForms {

	private static final Map<String, String> CONSTRAINTS = Map.of("published_round_facts_cite_sources", "sources");

	private final ProposalRows rows;

	private final RoundCatalogue rounds;

	private final FormSubmissions submissions;

	ProposalRowsController(ProposalRows rows, RoundCatalogue rounds, FormSubmissions submissions) {
		this.rows = rows;
		this.rounds = rounds;
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
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.rows.add(round, form), redirect,
				RoundSection.of(round, "proposals"), () -> {
					choices(round, model);
					model.addAttribute("round", round);
					return "proposal/admin/rows";
				});
	}

	private void choices(String round, Model model) {
		// Other short forms of the workspace offer the same: read once for the page.
		if (!model.containsAttribute("partyChoices")) {
			model.addAttribute("partyChoices", this.rounds.partiesOffered(round));
			model.addAttribute("roundSourceChoices", this.rounds.sourcesOf(round));
		}
		model.addAttribute("proposalCategories", ProposalCategory.values());
		model.addAttribute("proposalStatuses", ProposalStatus.values());
	}

}
