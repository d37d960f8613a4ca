package org.talkstracker.timeline;

import java.time.LocalDate;

import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.Source;

/** A context event with one of its sources: one row per source. */
record EventRow(Long id, String slug, String title, LocalDate occurredOn, DatePrecision precision,
		String processSlug, String processName, Source source) {
}
