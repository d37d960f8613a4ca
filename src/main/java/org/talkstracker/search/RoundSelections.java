package org.talkstracker.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.talkstracker.round.RoundListing;
import org.talkstracker.round.RoundStatus;

/**
 * The rounds list's filters for other features: the exports and the API select published
 * rounds exactly as the list does, and reject a process or party that no published round
 * has.
 */
@Service
public class RoundSelections {

	private final RoundFinder finder;

	private final FilterChoices choices;

	RoundSelections(RoundFinder finder, FilterChoices choices) {
		this.finder = finder;
		this.choices = choices;
	}

	/**
	 * The filter of the given request values (each may be null or blank); an unknown
	 * process or party is a bad request.
	 */
	public RoundFilter filter(String process, Integer year, RoundStatus status, String party, String venue, String q,
			RoundOrder sort) {
		RoundFilter filter = RoundFilter.of(process, year, status, party, venue, q, sort);
		if (filter.process() != null || filter.party() != null) {
			this.choices.options().requireKnown(filter.process(), filter.party());
		}
		return filter;
	}

	/**
	 * One page of the published rounds the filter selects, as the rounds list shows them.
	 */
	public Page<RoundListing> page(RoundFilter filter, Pageable pageable) {
		return this.finder.find(filter, pageable);
	}

	/**
	 * The published rounds the filter selects, as one SQL condition over
	 * {@code round r join process p}.
	 */
	public RoundCondition condition(RoundFilter filter) {
		return this.finder.condition(filter);
	}

}
