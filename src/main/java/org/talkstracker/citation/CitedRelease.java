package org.talkstracker.citation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A release as a work to cite, of a round or of the whole data set: what every citation
 * format says about it.
 *
 * <p>
 * The author is the publisher, the site as an organisation ({@code "Talks Tracker"}); the
 * editor who made the release is not its author and is not cited. Text is one line: line
 * breaks, tabs and other control characters become single spaces, so no value can break a
 * format's lines.
 *
 * @param publisher the site as readers know it, author and publisher of the data
 * @param key the name the formats give the citation (BibTeX key, RIS {@code ID}, CSL
 * {@code id}), in lower-case letters, digits and hyphens
 * @param title the work's title as readers see it, such as "Round 2 of the Russia–Ukraine
 * direct talks (2025), Istanbul"
 * @param collection what the work belongs to (a round's peace process), or {@code null}
 * @param heldOn the day the round was held, or {@code null} where it is not known or the
 * work is no round
 * @param version the release's number: {@code 2} of a round, {@code 2026.12.0} of the
 * data set
 * @param edition the release in words, starting in lower case: "release 2", "version
 * 2026.12.0"
 * @param releasedOn the day the release was made, in the site's time zone
 * @param url the release's permanent address
 * @param accessedOn the day the reader retrieved it
 */
public record CitedRelease(String publisher, String key, String title, String collection, LocalDate heldOn,
		String version, String edition, LocalDate releasedOn, URI url, LocalDate accessedOn) {

	private static final Pattern BREAKS = Pattern.compile("[\\s\\p{Cc}\\p{Zl}\\p{Zp}]+");

	public CitedRelease {
		publisher = oneLine(publisher, "publisher");
		key = oneLine(key, "key");
		title = oneLine(title, "title");
		collection = (collection != null) ? oneLine(collection, "collection") : null;
		version = oneLine(version, "version");
		edition = oneLine(edition, "edition");
		Objects.requireNonNull(releasedOn, "releasedOn");
		Objects.requireNonNull(accessedOn, "accessedOn");
		Objects.requireNonNull(url, "url");
		if (!url.isAbsolute()) {
			throw new IllegalArgumentException("A release is cited by its absolute address, not " + url);
		}
	}

	/**
	 * Release {@code releaseNumber} of a round: its key is the round's slug and the
	 * number ({@code istanbul-2025-06-02-release-2}).
	 * @param roundSlug the round's slug, which names the citation
	 * @param processName the peace process the round belongs to
	 * @param releaseNumber the release's number, from 1
	 * @param url the release's permanent address,
	 * {@code https://<host>/rounds/{slug}/releases/{n}}
	 */
	public CitedRelease(String publisher, String roundSlug, String roundTitle, String processName, LocalDate heldOn,
			int releaseNumber, LocalDate releasedOn, URI url, LocalDate accessedOn) {
		this(publisher, roundKey(roundSlug, releaseNumber), roundTitle, processName, heldOn,
				String.valueOf(releaseNumber), "release " + releaseNumber, releasedOn, url, accessedOn);
	}

	/**
	 * Release {@code version} of the whole data set ({@code 2026.12.0}), keyed
	 * {@code talks-tracker-data-2026-12-0}.
	 * @param url the release's permanent address,
	 * {@code https://<host>/data/releases/{version}}
	 */
	public static CitedRelease dataSet(String publisher, String title, String version, LocalDate releasedOn, URI url,
			LocalDate accessedOn) {
		return new CitedRelease(publisher, "talks-tracker-data-" + slug(version), title, null, null, version,
				"version " + version, releasedOn, url, accessedOn);
	}

	/** The release's permanent address in ASCII, as every format writes it. */
	String address() {
		return this.url.toASCIIString();
	}

	/**
	 * The release in words, as a sentence starts it: "Release 2", "Version 2026.12.0".
	 */
	String editionCapitalised() {
		return Character.toUpperCase(this.edition.charAt(0)) + this.edition.substring(1);
	}

	private static String roundKey(String roundSlug, int releaseNumber) {
		if (releaseNumber < 1) {
			throw new IllegalArgumentException("Releases are numbered from 1");
		}
		String slug = slug(oneLine(roundSlug, "roundSlug"));
		return (slug.isEmpty() ? "round" : slug) + "-release-" + releaseNumber;
	}

	/** Letters, digits and hyphens only. */
	private static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static String oneLine(String text, String name) {
		String line = BREAKS.matcher(Objects.requireNonNull(text, name)).replaceAll(" ").strip();
		if (line.isEmpty()) {
			throw new IllegalArgumentException(name + " is blank");
		}
		return line;
	}

}
