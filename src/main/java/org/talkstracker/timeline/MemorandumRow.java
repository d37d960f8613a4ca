package org.talkstracker.timeline;

import java.time.LocalDate;

import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.Source;

/**
 * A delivered memorandum with one of its sources: one row per source. The round is null when it
 * was not handed over at a round.
 */
record MemorandumRow(Long id, String slug, String title, String author, LocalDate deliveredOn,
		DatePrecision precision, String roundSlug, Integer roundNumber, String processSlug, String processName,
		Source source) {
}
