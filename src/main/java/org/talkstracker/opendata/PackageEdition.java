package org.talkstracker.opendata;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a data package says it is: a numbered release of the data set, which never
 * changes, or the current data, which changes with every edit and so has no version of
 * its own.
 *
 * @param version the release's number ({@code 2026.12.0}), or {@code null} for the
 * current data
 * @param created when the release was cut, or when the current data was read (to the
 * second)
 * @param description what the package is, in a sentence
 */
record PackageEdition(String version, Instant created, String description) {

	PackageEdition {
		created = created.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * The data as it is now; {@code dataVersion} names the committed state it was read
	 * at, so two packages of it can be told apart without calling either a release.
	 */
	static PackageEdition current(String dataVersion, Instant now) {
		return new PackageEdition(null, now,
				"Not a release: the published data as it was when this package was made" + " (data version "
						+ dataVersion + "), which changes with every edit. To cite the data, use a"
						+ " numbered release, listed at /data.");
	}

	/** Release {@code version}, cut at {@code releasedAt}. */
	static PackageEdition release(String version, Instant releasedAt) {
		return new PackageEdition(version, releasedAt,
				"Release " + version + " of the Talks Tracker data set: its files never change.");
	}

	boolean isRelease() {
		return this.version != null;
	}

}
