package org.talkstracker.exchange;

import java.time.LocalDate;

import org.talkstracker.source.Source;

/**
 * A total reported for an exchange agreed at a published round, with one of its sources:
 * one row per source.
 */
record ReportedTotalRow(Long id, Long agreementId, ExchangeSide receivedBy, ExchangeSide reportedBy, int total,
		LocalDate reportedOn, Source source) {
}
