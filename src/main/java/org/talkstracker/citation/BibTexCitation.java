package org.talkstracker.citation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A release as one BibTeX {@code @misc} entry, the type every bibliography style knows:
 *
 * <pre>
 * &#64;misc{istanbul-2025-06-02-release-2,
 *   author = {{Talks Tracker}},
 *   title = {{Round 2 of the Russia–Ukraine direct talks (2025), Istanbul}},
 *   howpublished = {&#92;url{https://talks.example/rounds/istanbul-2025-06-02/releases/2}},
 *   year = {2026},
 *   month = dec,
 *   note = {Release 2, 7 December 2026},
 *   urldate = {2026-12-08}
 * }
 * </pre>
 *
 * The author is a corporate name in an extra pair of braces, so that styles neither split
 * it into given and family names nor abbreviate it; the title is braced too, so that
 * styles keep its capitals. Text stays in UTF-8 (LaTeX reads it by default since 2018,
 * Biber natively, classic BibTeX passes it through) with LaTeX's ten special characters
 * written as commands. Braces in a title become <code>&#92;textbraceleft{}</code> and
 * <code>&#92;textbraceright{}</code> rather than <code>&#92;{</code>: BibTeX counts a
 * brace after a backslash too, so one unmatched brace would end the field early or never.
 * {@code urldate} is read by biblatex and ignored by classic styles.
 */
final class BibTexCitation {

	/** BibTeX's predefined month macros, written without braces. */
	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private BibTexCitation() {
	}

	static String render(CitedRelease release) {
		return """
				@misc{%s,
				  author = {{%s}},
				  title = {{%s}},
				  howpublished = {\\url{%s}},
				  year = {%d},
				  month = %s,
				  note = {%s, %s},
				  urldate = {%s}
				}
				""".formatted(release.key(), escape(release.publisher()), escape(release.title()),
				escapeUrl(release.address()), release.releasedOn().getYear(),
				MONTHS[release.releasedOn().getMonthValue() - 1], escape(release.editionCapitalised()),
				DAY.format(release.releasedOn()), release.accessedOn());
	}

	/** Text with LaTeX's special characters as commands that print them. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.chars().forEach((c) -> escaped.append(switch (c) {
			case '{' -> "\\textbraceleft{}";
			case '}' -> "\\textbraceright{}";
			case '\\' -> "\\textbackslash{}";
			case '^' -> "\\textasciicircum{}";
			case '~' -> "\\textasciitilde{}";
			case '%', '&', '$', '#', '_' -> "\\" + (char) c;
			default -> String.valueOf((char) c);
		}));
		return escaped.toString();
	}

	/**
	 * An address for the url package's command inside another field's braces, where
	 * {@code %} and {@code #} must be escaped (it prints them without the backslash). An
	 * ASCII URI holds no brace, backslash or space.
	 */
	private static String escapeUrl(String address) {
		return address.replace("%", "\\%").replace("#", "\\#");
	}

}
