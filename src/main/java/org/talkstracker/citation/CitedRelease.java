package org.talkstracker.citation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A release of a round as a work to cite: what every citation format says about it.
 *
 * <p>
 * The author is the publisher, the site as an organisation ({@code "Talks Tracker"}); the
 * editor who made the release is not its author and is not cited. Text is one line: line
 * breaks, tabs and other control characters become single spaces, so no value can break a
 * format's lines.
 *
 * @param publisher the site as readers know it, author and publisher of the data
 * @param roundSlug the round's slug, which names the citation (BibTeX key, RIS and CSL
 * id)
 * @param roundTitle the round's title as readers see it, such as "Round 2 of the
 * Russia–Ukraine direct talks (2025), Istanbul"
 * @param processName the peace process the round belongs to
 * @param heldOn the day the round was held, or {@code null} where it is not known
 * @param releaseNumber the release's number, from 1
 * @param releasedOn the day the release was made, in the site's time zone
 * @param url the release's permanent address,
 * {@code https://<host>/rounds/{slug}/releases/{n}}
 * @param accessedOn the day the reader retrieved it
 */
public record CitedRelease(String publisher, String roundSlug, String roundTitle, String processName, LocalDate heldOn,
		int releaseNumber, LocalDate releasedOn, URI url, LocalDate accessedOn) {

	private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

	public CitedRelease {
		publisher = oneLine(publisher, "publisher");
		roundSlug = oneLine(roundSlug, "roundSlug");
		roundTitle = oneLine(roundTitle, "roundTitle");
		processName = oneLine(processName, "processName");
		Objects.requireNonNull(releasedOn, "releasedOn");
		Objects.requireNonNull(accessedOn, "accessedOn");
		Objects.requireNonNull(url, "url");
		if (!url.isAbsolute()) {
			throw new IllegalArgumentException("A release is cited by its absolute address, not " + url);
		}
		if (releaseNumber < 1) {
			throw new IllegalArgumentException("Releases are numbered from 1");
		}
	}

	/** The release's permanent address in ASCII, as every format writes it. */
	String address() {
		return this.url.toASCIIString();
	}

	/**
	 * The name the formats give the citation (BibTeX key, RIS {@code ID}, CSL
	 * {@code id}): the round's slug and the release number, in letters, digits and
	 * hyphens only.
	 */
	String key() {
		String slug = this.roundSlug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return (slug.isEmpty() ? "round" : slug) + "-release-" + this.releaseNumber;
	}

	private static String oneLine(String text, String name) {
		String line = BREAKS.matcher(Objects.requireNonNull(text, name)).replaceAll(" ").strip();
		if (line.isEmpty()) {
			throw new IllegalArgumentException(name + " is blank");
		}
		return line;
	}

}
