package org.talkstracker.timeline;

import java.time.LocalDate;

import org.talkstracker.round.RoundStatus;
import org.talkstracker.source.Source;

/** A published round with one of its sources (null when it cites none): one row per source. */
record RoundRow(Long id, String slug, int number, String city, RoundStatus status, LocalDate heldOn,
		String processSlug, String processName, Source source) {
}
