package org.talkstracker.timeline;

import java.time.LocalDate;

import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.Source;

/** A stage of an exchange agreed at a published round, with one of its sources: one row per source. */
record StageRow(Long id, int sequence, LocalDate occurredOn, DatePrecision precision, String exchangeSlug,
		ExchangeKind exchangeKind, String roundSlug, int roundNumber, String processSlug, String processName,
		Source source) {
}
