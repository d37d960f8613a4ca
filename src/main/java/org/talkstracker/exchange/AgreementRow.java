package org.talkstracker.exchange;

import java.time.LocalDate;

import org.talkstracker.source.Source;

/**
 * An exchange agreed at a published round, with its round, sides and one of its sources:
 * one row per source.
 */
record AgreementRow(Long id, String slug, ExchangeKind kind, boolean allForAll, Integer sideACount, Integer sideBCount,
		CountPrecision sideACountPrecision, CountPrecision sideBCountPrecision, String criteria, String description,
		String roundSlug, int roundNumber, String city, LocalDate heldOn, String processName, String sideASlug,
		String sideAName, String sideBSlug, String sideBName, Source source) {
}
