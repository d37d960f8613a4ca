package org.talkstracker.feed;

import java.time.Instant;
import java.time.LocalDate;

import org.talkstracker.round.Round;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.text.Text;

/** A published round as the feed and the calendar tell of it. */
record FeedRound(String slug, int number, String processName, RoundStatus status, LocalDate heldOn, String city,
		String venue, Instant startedAt, Instant endedAt, Text summary, Instant updatedAt) {

	String place() {
		return Round.place(this.venue, this.city);
	}

}
