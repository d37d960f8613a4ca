package org.talkstracker.search;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.talkstracker.round.RoundListing;

/**
 * The rounds list's filters for other features: the exports and the API select published
 * rounds exactly as the list does, and reject a process or party that no published round
 * has. What a filter selects is answered as rounds, never as a query to run.
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
	 * The filter of the request's values; an unknown process or party is a bad request.
	 */
	public RoundFilter filter(RoundFilterForm form) {
		RoundFilter filter = RoundFilter.of(form);
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

	/** The ids of the published rounds the filter selects, in no particular order. */
	public long[] roundIds(RoundFilter filter) {
		return this.finder.ids(filter);
	}

}
