package org.talkstracker.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.talkstracker.editing.Name;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.text.Text;

/**
 * A published round as the feed and the calendar tell of it, its process, city and venue
 * named in every language.
 */
record FeedRound(String slug, int number, Name processName, RoundStatus status, LocalDate heldOn, Name city, Name venue,
		Instant startedAt, Instant endedAt, Text summary, Instant updatedAt) {

	/** Where the round was held, in the language of the feed as the pages name it. */
	String place(Locale locale) {
		return Round.place(name(this.venue, locale), name(this.city, locale));
	}

	/** The process's name in the language of the feed as the pages name it. */
	String process(Locale locale) {
		return this.processName.textIn(locale);
	}

	private static String name(Name name, Locale locale) {
		return (name != null) ? name.textIn(locale) : null;
	}

}
