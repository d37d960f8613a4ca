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

/** Editors add, edit and delete a round's hosts, mediators, observers and chairs. */
@Controller
@RequestMapping("/admin/rounds/{round}/third-parties")
class ThirdPartyAdminController {

	private static final Map<String, String> CONSTRAINTS = Map.of("third_party_role_once_per_round", "role",
			"published_round_facts_cite_sources", "sources");

	private final DelegationEditor editor;

	private final FormSubmissions submissions;

	ThirdPartyAdminController(DelegationEditor editor, FormSubmissions submissions) {
		this.editor = editor;
		this.submissions = submissions;
	}

	@GetMapping("/new")
	String addForm(@PathVariable String round, Model model) {
		model.addAttribute("form", ThirdPartyForm.blank());
		return form(model, round, null);
	}

	@PostMapping("/new")
	String add(@PathVariable String round, @Valid @ModelAttribute("form") ThirdPartyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, () -> this.editor.addThirdParty(round, form), redirect,
				RoundSection.of(round, "third-parties"), () -> form(model, round, null));
	}

	@GetMapping("/{party}/{role}/edit")
	String editForm(@PathVariable String round, @PathVariable String party, @PathVariable ThirdPartyRole role,
			Model model) {
		model.addAttribute("form", this.editor.thirdPartyForm(round, party, role));
		return form(model, round, party + "/" + role);
	}

	@PostMapping("/{party}/{role}/edit")
	String edit(@PathVariable String round, @PathVariable String party, @PathVariable ThirdPartyRole role,
			@Valid @ModelAttribute("form") ThirdPartyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		BindingResult result = this.submissions.withForm(form, binding, model);
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS,
				() -> this.editor.updateThirdParty(round, party, role, form), redirect,
				RoundSection.of(round, "third-parties"), () -> form(model, round, party + "/" + role));
	}

	@GetMapping("/{party}/{role}/delete")
	String confirmDelete(@PathVariable String round, @PathVariable String party, @PathVariable ThirdPartyRole role,
			Model model) {
		this.editor.thirdPartyForm(round, party, role);
		return DeleteConfirmation.page(model, DeleteImpact.NONE, "third_party", party,
				"/admin/rounds/" + round + "/third-parties/" + party + "/" + role, "/admin/rounds/" + round);
	}

	@PostMapping("/{party}/{role}/delete")
	String delete(@PathVariable String round, @PathVariable String party, @PathVariable ThirdPartyRole role,
			RedirectAttributes redirect) {
		this.editor.removeThirdParty(round, party, role);
		return DeleteConfirmation.deleted(redirect, RoundSection.of(round, "third-parties"));
	}

	/**
	 * @param key the third party's path below the round when editing, null when adding
	 */
	private String form(Model model, String round, String key) {
		model.addAttribute("round", round);
		model.addAttribute("key", key);
		model.addAttribute("roles", ThirdPartyRole.values());
		return "round/admin/third-party";
	}

}
