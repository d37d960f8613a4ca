package org.talkstracker.citation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A release as one RIS record of type {@code DATA} (data set): each line a two-character
 * tag, two spaces, a hyphen and a space, then the value; CRLF line ends; the record opens
 * with {@code TY} and closes with {@code ER}.
 *
 * <pre>
 * TY  - DATA
 * ID  - istanbul-2025-06-02-release-2
 * AU  - Talks Tracker
 * TI  - Round 2 of the Russia–Ukraine direct talks (2025), Istanbul
 * PB  - Talks Tracker
 * ET  - Release 2
 * PY  - 2026
 * DA  - 2026/12/07
 * UR  - https://talks.example/rounds/istanbul-2025-06-02/releases/2
 * Y2  - 2026/12/08
 * ER  -
 * </pre>
 *
 * {@code AU} holds the publisher as a corporate author (no comma, so it is not read as
 * family and given names), {@code ET} (edition) the release, {@code DA} the day of the
 * release and {@code Y2} the day it was accessed. Values are one line each
 * ({@link CitedRelease}) and in UTF-8.
 */
final class RisCitation {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	private static final String CRLF = "\r\n";

	private RisCitation() {
	}

	static String render(CitedRelease release) {
		StringBuilder ris = new StringBuilder();
		line(ris, "TY", "DATA");
		line(ris, "ID", release.key());
		line(ris, "AU", release.publisher());
		line(ris, "TI", release.title());
		line(ris, "PB", release.publisher());
		line(ris, "ET", release.editionCapitalised());
		line(ris, "PY", String.valueOf(release.releasedOn().getYear()));
		line(ris, "DA", day(release.releasedOn()));
		line(ris, "UR", release.address());
		line(ris, "Y2", day(release.accessedOn()));
		line(ris, "ER", "");
		return ris.toString();
	}

	private static void line(StringBuilder ris, String tag, String value) {
		ris.append(tag).append("  - ").append(value).append(CRLF);
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

}
