package org.talkstracker.feed;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.talkstracker.summary.ExportText;

/**
 * Published rounds as an iCalendar file (RFC 5545): one event per round, all day unless
 * its start and end times are known. Lines end in CRLF and are folded at 75 octets
 * without splitting a character; text values are escaped.
 */
class RoundCalendar {

	private static final int LINE_OCTETS = 75;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final ExportText text;

	RoundCalendar(ExportText text) {
		this.text = text;
	}

	/**
	 * The calendar of the given rounds; {@code base} is the site's address without a
	 * trailing slash.
	 */
	String render(List<FeedRound> rounds, String base) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Talks Tracker//Rounds//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + escape(this.text.get("exports.calendar.name")));
		for (FeedRound round : rounds) {
			String page = base + "/rounds/" + round.slug();
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + round.slug() + "@" + host(base));
			line(ics, "DTSTAMP:" + UTC.format(round.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
			line(ics, "LAST-MODIFIED:" + UTC.format(round.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
			if (round.startedAt() != null && round.endedAt() != null) {
				line(ics, "DTSTART:" + UTC.format(round.startedAt().truncatedTo(ChronoUnit.SECONDS)));
				line(ics, "DTEND:" + UTC.format(round.endedAt().truncatedTo(ChronoUnit.SECONDS)));
			}
			else {
				line(ics, "DTSTART;VALUE=DATE:" + DATE.format(round.heldOn()));
				line(ics, "DTEND;VALUE=DATE:" + DATE.format(round.heldOn().plusDays(1)));
			}
			line(ics, "SUMMARY:" + escape(
					this.text.get("exports.calendar.event", round.number(), round.process(this.text.locale()))));
			String place = round.place(this.text.locale());
			if (place != null) {
				line(ics, "LOCATION:" + escape(place));
			}
			if (round.summary() != null) {
				line(ics, "DESCRIPTION:" + escape(this.text.readWithOrigin(round.summary())));
			}
			line(ics, "URL:" + page);
			line(ics, "STATUS:" + switch (round.status()) {
				case HELD -> "CONFIRMED";
				case CANCELLED -> "CANCELLED";
				case SCHEDULED, POSTPONED -> "TENTATIVE";
			});
			line(ics, "TRANSP:TRANSPARENT");
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/**
	 * A TEXT value (RFC 5545 3.3.11): backslashes, semicolons, commas and line breaks
	 * escaped.
	 */
	static String escape(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replaceAll("\\R", "\\\\n");
	}

	/**
	 * A content line, folded into lines of at most 75 octets, each continuation starting
	 * with a space.
	 */
	static void line(StringBuilder ics, String content) {
		int octets = 0;
		int limit = LINE_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				ics.append("\r\n ");
				octets = 0;
				// The space that starts a continuation line counts towards its 75 octets.
				limit = LINE_OCTETS - 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

	private static String host(String base) {
		return base.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
	}

}
