package org.talkstracker.profile;

import java.time.LocalDate;

import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;

/** A proposal a party made at a published round. */
public record ProposalLine(String slug, String title, ProposalCategory category, ProposalStatus status,
		String roundSlug, int roundNumber, String processName, LocalDate heldOn, String city) {

	public RoundRef round() {
		return new RoundRef(this.roundSlug, this.roundNumber, this.heldOn, this.city);
	}

}
