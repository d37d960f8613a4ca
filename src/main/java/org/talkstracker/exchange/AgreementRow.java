package org.talkstracker.exchange;

import java.time.LocalDate;

import org.talkstracker.editing.Name;
import org.talkstracker.source.Source;

/**
 * An exchange agreed at a published round, with its round, sides and one of its sources:
 * one row per source.
 */
record AgreementRow(Long id, String slug, ExchangeKind kind, boolean allForAll, Integer sideACount, Integer sideBCount,
		CountPrecision sideACountPrecision, CountPrecision sideBCountPrecision, String criteria, String description,
		String roundSlug, int roundNumber, Name city, LocalDate heldOn, Name processName, String sideASlug,
		Name sideAName, String sideBSlug, Name sideBName, Source source) {

	/** As a query reads it: each name in English and its other languages and original. */
	AgreementRow(Long id, String slug, ExchangeKind kind, boolean allForAll, Integer sideACount, Integer sideBCount,
			CountPrecision sideACountPrecision, CountPrecision sideBCountPrecision, String criteria, String description,
			String roundSlug, int roundNumber, String city, String cityUk, String cityRu, String cityOriginal,
			LocalDate heldOn, String process, String processUk, String processRu, String processOriginal,
			String sideASlug, String sideA, String sideAUk, String sideARu, String sideAOriginal, String sideBSlug,
			String sideB, String sideBUk, String sideBRu, String sideBOriginal, Source source) {
		this(id, slug, kind, allForAll, sideACount, sideBCount, sideACountPrecision, sideBCountPrecision, criteria,
				description, roundSlug, roundNumber, Name.of(city, cityUk, cityRu, cityOriginal), heldOn,
				Name.of(process, processUk, processRu, processOriginal), sideASlug,
				Name.of(sideA, sideAUk, sideARu, sideAOriginal), sideBSlug,
				Name.of(sideB, sideBUk, sideBRu, sideBOriginal), source);
	}

}
