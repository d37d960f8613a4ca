package org.talkstracker.search;

import org.talkstracker.round.RoundStatus;

/** What a reader narrowed the rounds list to; every part is optional. */
public record RoundFilter(String process, Integer year, RoundStatus status, String party, String venue, SearchTerms terms,
		RoundOrder order) {

	public boolean isEmpty() {
		return this.process == null && this.year == null && this.status == null && this.party == null
				&& this.venue == null && this.terms.isEmpty();
	}

}
