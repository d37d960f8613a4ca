package org.talkstracker.search;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.talkstracker.round.RoundStatus;

/**
 * The rounds list's filters as the address gives them, bound and checked alike wherever
 * rounds are filtered (the list, the API, the downloads); each may be missing or blank,
 * meaning "any". {@link RoundSelections#filter(RoundFilterForm)} makes a
 * {@link RoundFilter} of it.
 */
public record RoundFilterForm(@Parameter(description = "Process slug") @Size(max = 120) String process,
		@Min(1900) @Max(2200) Integer year, RoundStatus status,
		@Parameter(description = "Slug of a party with a delegation or a third-party role at the round") @Size(
				max = 120) String party,
		@Parameter(description = "City or venue") @Size(max = 200) String venue,
		@Parameter(description = "Search words") @Size(max = 200) String q, RoundOrder sort) {

}
