package org.talkstracker.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A release cited in one sentence, in the manner of the Chicago and APA styles for data
 * on the web: author, title in quotation marks, the release and its date, the permanent
 * address, the day it was accessed.
 *
 * <pre>
 * Talks Tracker. “Round 2 of the Russia–Ukraine direct talks (2025), Istanbul”, release 2 (7 December 2026). https://talks.example/rounds/istanbul-2025-06-02/releases/2. Accessed 8 December 2026.
 * </pre>
 */
final class PlainTextCitation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private PlainTextCitation() {
	}

	static String render(CitedRelease release) {
		return "%s. \u201c%s\u201d, %s (%s). %s. Accessed %s.\n".formatted(release.publisher(), release.title(),
				release.edition(), day(release.releasedOn()), release.address(), day(release.accessedOn()));
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

}
