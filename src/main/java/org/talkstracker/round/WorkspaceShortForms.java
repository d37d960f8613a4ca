package org.talkstracker.round;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.talkstracker.web.FormSaving;

/**
 * What every short form of a round's workspace does alike, whichever feature answers it
 * ({@link WorkspaceForms}): it offers the round's parties and sources, and saves all its
 * rows or none, then leads back to its section of the round's editing page, or shows the
 * form again with what was refused beside the row's field.
 */
@Component
public class WorkspaceShortForms {

	/** What the commit refuses of a short form as a whole. */
	private static final Map<String, String> CONSTRAINTS = Map.of("published_round_facts_cite_sources", "sources");

	private final RoundCatalogue rounds;

	WorkspaceShortForms(RoundCatalogue rounds) {
		this.rounds = rounds;
	}

	/**
	 * The parties and sources the short forms offer: read once for the page, however many
	 * of its forms offer them.
	 */
	public void offerRoundChoices(String round, Model model) {
		if (!model.containsAttribute("partyChoices")) {
			model.addAttribute("partyChoices", this.rounds.partiesOffered(round));
			model.addAttribute("roundSourceChoices", this.rounds.sourcesOf(round));
		}
	}

	/**
	 * Saves a valid short form and leads back to {@code section} of the round, or shows
	 * the form again as typed, on a page of its own that knows the round and the section.
	 * @param page fills the model with what the form offers and names the page's view
	 */
	public String savedOrShownAgain(BindingResult result, Runnable save, RedirectAttributes redirect, String round,
			String section, Model model, Supplier<String> page) {
		return FormSaving.savedOrShownAgain(result, CONSTRAINTS, save, redirect, RoundSection.of(round, section),
				() -> {
					model.addAttribute("round", round);
					model.addAttribute("section", section);
					return page.get();
				});
	}

}
