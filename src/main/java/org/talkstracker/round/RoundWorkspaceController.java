package org.talkstracker.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.people.PersonCatalogue;
import org.talkstracker.source.SourceKind;
import org.talkstracker.web.Choice;
import org.talkstracker.web.FormSubmissions;

/**
 * The short forms of a round's workspace for its sources, delegations and hosts: each
 * adds several records in one submission and goes back to the workspace, or shows the
 * form again with what was refused beside the row's field.
 */
@Controller
@RequestMapping("/admin/rounds/{round}/workspace")
class RoundWorkspaceController implements WorkspaceForms {

	private final RoundWorkspace workspace;

	private final PersonCatalogue people;

	private final WorkspaceShortForms shortForms;

	private final FormSubmissions submissions;

	RoundWorkspaceController(RoundWorkspace workspace, PersonCatalogue people, WorkspaceShortForms shortForms,
			FormSubmissions submissions) {
		this.workspace = workspace;
		this.people = people;
		this.shortForms = shortForms;
		this.submissions = submissions;
	}

	@Override
	public void offer(String round, Model model) {
		model.addAttribute("sourceRows", RoundSourcesForm.blank());
		model.addAttribute("delegationRows", DelegationsForm.blank());
		model.addAttribute("thirdPartyRows", ThirdPartiesForm.blank());
		choices(round, model);
	}

	@PostMapping("/sources")
	String addSources(@PathVariable String round, @ModelAttribute("form") RoundSourcesForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "reports", form.reports(), RoundSourcesForm.Report::filledIn);
		return saved(result, () -> this.workspace.addSources(round, form), redirect, round, "sources", model);
	}

	@PostMapping("/delegations")
	String addDelegations(@PathVariable String round, @ModelAttribute("form") DelegationsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "sides", form.sides(), DelegationsForm.Side::filledIn);
		for (int i = 0; i < form.sides().size(); i++) {
			this.submissions.validateRows(result, "sides[" + i + "].people", form.sides().get(i).people(),
					DelegationsForm.Member::filledIn);
		}
		return saved(result, () -> this.workspace.addDelegations(round, form), redirect, round, "delegations", model);
	}

	@PostMapping("/third-parties")
	String addThirdParties(@PathVariable String round, @ModelAttribute("form") ThirdPartiesForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		this.submissions.validateRows(result, "thirdParties", form.thirdParties(), ThirdPartiesForm.Row::filledIn);
		return saved(result, () -> this.workspace.addThirdParties(round, form), redirect, round, "third-parties",
				model);
	}

	private String saved(BindingResult result, Runnable save, RedirectAttributes redirect, String round, String section,
			Model model) {
		return this.shortForms.savedOrShownAgain(result, save, redirect, round, section, model, () -> {
			choices(round, model);
			if (model.getAttribute("form") instanceof DelegationsForm delegations) {
				model.addAttribute("samePeople", samePeople(delegations));
			}
			return "round/admin/rows";
		});
	}

	/**
	 * For each person typed whose name names several people, those people to choose from,
	 * by the row's path ({@code sides[0].people[1]}).
	 */
	private Map<String, List<Choice>> samePeople(DelegationsForm form) {
		Map<String, String> typed = new HashMap<>();
		for (int i = 0; i < form.sides().size(); i++) {
			List<DelegationsForm.Member> people = form.sides().get(i).people();
			for (int j = 0; j < people.size(); j++) {
				if (people.get(j).name() != null) {
					typed.put("sides[" + i + "].people[" + j + "]", people.get(j).name().strip());
				}
			}
		}
		Map<String, List<Choice>> named = this.people.spelledAs(typed.values());
		Map<String, List<Choice>> same = new HashMap<>();
		typed.forEach((row, name) -> {
			if (named.getOrDefault(name, List.of()).size() > 1) {
				same.put(row, named.get(name));
			}
		});
		return same;
	}

	private void choices(String round, Model model) {
		this.shortForms.offerRoundChoices(round, model);
		model.addAttribute("peopleChoices", this.people.offered(List.of(), null));
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("memberRoles", MemberRole.values());
		model.addAttribute("thirdPartyRoles", ThirdPartyRole.values());
	}

}
