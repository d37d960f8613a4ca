package org.talkstracker.profile;

import org.talkstracker.editing.Name;
import java.time.LocalDate;

import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;

/** A proposal a party made at a published round. */
public record ProposalLine(String slug, String title, ProposalCategory category, ProposalStatus status,
		String roundSlug, int roundNumber, Name processName, LocalDate heldOn, Name city) {

	/** As a query reads it: each name in English and its other languages and original. */
	ProposalLine(String slug, String title, ProposalCategory category, ProposalStatus status, String roundSlug,
			int roundNumber, String process, String processUk, String processRu, String processOriginal,
			LocalDate heldOn, String city, String cityUk, String cityRu, String cityOriginal) {
		this(slug, title, category, status, roundSlug, roundNumber,
				Name.of(process, processUk, processRu, processOriginal), heldOn,
				Name.of(city, cityUk, cityRu, cityOriginal));
	}

	public RoundRef round() {
		return new RoundRef(this.roundSlug, this.roundNumber, this.heldOn, this.city);
	}

}
