package org.talkstracker.profile;

import java.time.LocalDate;
import java.util.List;

import org.talkstracker.editing.Name;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;
import org.talkstracker.text.TranslatedTexts;

/**
 * A proposal a party made at a published round, its title with its language and, once
 * read ({@link #translated}), its translations.
 */
public record ProposalLine(Long id, String slug, Text title, ProposalCategory category, ProposalStatus status,
		String roundSlug, int roundNumber, Name processName, LocalDate heldOn, Name city) {

	/** As a query reads it: each name in English and its other languages and original. */
	ProposalLine(Long id, String slug, String title, TextLanguage titleLanguage, ProposalCategory category,
			ProposalStatus status, String roundSlug, int roundNumber, String process, String processUk,
			String processRu, String processOriginal, LocalDate heldOn, String city, String cityUk, String cityRu,
			String cityOriginal) {
		this(id, slug, Text.of(title, titleLanguage, List.of()), category, status, roundSlug, roundNumber,
				Name.of(process, processUk, processRu, processOriginal), heldOn,
				Name.of(city, cityUk, cityRu, cityOriginal));
	}

	/** The line with its title's translations. */
	ProposalLine translated(TranslatedTexts texts) {
		return new ProposalLine(this.id, this.slug,
				texts.of(FactKind.PROPOSAL, this.id, "title", this.title.original(), this.title.language()),
				this.category, this.status, this.roundSlug, this.roundNumber, this.processName, this.heldOn, this.city);
	}

	public RoundRef round() {
		return new RoundRef(this.roundSlug, this.roundNumber, this.heldOn, this.city);
	}

}
