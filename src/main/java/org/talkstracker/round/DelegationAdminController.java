package org.talkstracker.round;

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
import org.talkstracker.web.DeleteConfirmation;
import org.talkstracker.web.FormSaving;
import org.talkstracker.web.FormSubmissions;

/** Editors add, edit and delete a round's delegations and their members. */
@Controller
@RequestMapping("/admin/rounds/{round}/delegations")
class DelegationAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("delegation_one_per_party_and_round", "party",
			"delegation_member_once_per_delegation", "person", "delegation_at_most_one_head", "role",
			"published_round_facts_cite_sources", "sources");

	private final DelegationEditor editor;

	private final FormSubmissions submissions;

	DelegationAdminController(DelegationEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping("/new")
	String addForm(@PathVariable String round, Model model) {
		model.addAttribute("form", DelegationForm.blank());
		return delegationForm(model, round, null);
	}

	@PostMapping("/new")
	String add(@PathVariable String round, @Valid @ModelAttribute("form") DelegationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.add(round, form), redirect,
				RoundSection.of(round, "delegations"), () -> delegationForm(model, round, null));
	}

	@GetMapping("/{party}/edit")
	String editForm(@PathVariable String round, @PathVariable String party, Model model) {
		model.addAttribute("form", this.editor.form(round, party));
		return delegationForm(model, round, party);
	}

	@PostMapping("/{party}/edit")
	String edit(@PathVariable String round, @PathVariable String party,
			@Valid @ModelAttribute("form") DelegationForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.update(round, party, form), redirect,
				RoundSection.of(round, "delegations"), () -> delegationForm(model, round, party));
	}

	@GetMapping("/{party}/delete")
	String confirmDelete(@PathVariable String round, @PathVariable String party, Model model) {
		return DeleteConfirmation.page(model, this.editor.impactOfDeleting(round, party), "delegation", party,
				"/admin/rounds/" + round + "/delegations/" + party, "/admin/rounds/" + round);
	}

	@PostMapping("/{party}/delete")
	String delete(@PathVariable String round, @PathVariable String party, RedirectAttributes redirect) {
		this.editor.delete(round, party);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "delegations"));
	}

	@GetMapping("/{party}/members/new")
	String seatForm(@PathVariable String round, @PathVariable String party, Model model) {
		model.addAttribute("form", MemberForm.blank());
		return memberForm(model, round, party, null);
	}

	@PostMapping("/{party}/members/new")
	String seat(@PathVariable String round, @PathVariable String party, @Valid @ModelAttribute("form") MemberForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.seat(round, party, form), redirect,
				RoundSection.of(round, "delegations"), () -> memberForm(model, round, party, null));
	}

	@GetMapping("/{party}/members/{person}/edit")
	String memberEditForm(@PathVariable String round, @PathVariable String party, @PathVariable String person,
			Model model) {
		model.addAttribute("form", this.editor.memberForm(round, party, person));
		return memberForm(model, round, party, person);
	}

	@PostMapping("/{party}/members/{person}/edit")
	String editMember(@PathVariable String round, @PathVariable String party, @PathVariable String person,
			@Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS,
				() -> this.editor.updateMember(round, party, person, form), redirect,
				RoundSection.of(round, "delegations"), () -> memberForm(model, round, party, person));
	}

	@GetMapping("/{party}/members/{person}/delete")
	String confirmUnseat(@PathVariable String round, @PathVariable String party, @PathVariable String person,
			Model model) {
		this.editor.memberForm(round, party, person);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "member", person,
				"/admin/rounds/" + round + "/delegations/" + party + "/members/" + person, "/admin/rounds/" + round);
	}

	@PostMapping("/{party}/members/{person}/delete")
	String unseat(@PathVariable String round, @PathVariable String party, @PathVariable String person,
			RedirectAttributes redirect) {
		this.editor.unseat(round, party, person);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "delegations"));
	}

	private String delegationForm(Model model, String round, String party) {
		model.addAttribute("round", round);
		model.addAttribute("party", party);
		return "round/admin/delegation";
	}

	private String memberForm(Model model, String round, String party, String person) {
		model.addAttribute("round", round);
		model.addAttribute("party", party);
		model.addAttribute("person", person);
		model.addAttribute("roles", MemberRole.values());
		return "round/admin/member";
	}

}
