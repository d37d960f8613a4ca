package org.talkstracker.search;

import org.talkstracker.round.RoundStatus;

/** What a reader narrowed the rounds list to; every part is optional. */
public record RoundFilter(String process, Integer year, RoundStatus status, String party, String venue,
		SearchTerms terms, RoundOrder order) {

	/**
	 * The filter as request parameters give it: blank values mean "any", and without a
	 * chosen order search words sort by relevance, else newest first.
	 */
	static RoundFilter of(String process, Integer year, RoundStatus status, String party, String venue, String q,
			RoundOrder sort) {
		SearchTerms terms = SearchTerms.of(q);
		RoundOrder order = (sort != null) ? sort : (terms.isEmpty() ? RoundOrder.NEWEST : RoundOrder.RELEVANCE);
		return new RoundFilter(blankToNull(process), year, status, blankToNull(party), blankToNull(venue), terms,
				order);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public boolean isEmpty() {
		return this.process == null && this.year == null && this.status == null && this.party == null
				&& this.venue == null && this.terms.isEmpty();
	}

}
