package org.talkstracker.opendata;

import java.time.Instant;
import java.util.List;

/**
 * A numbered release of the data set, as readers see it listed: its number, when and by
 * whom it was cut, its note, its data package's size and SHA-256, its files, and what
 * changed since the release before it.
 */
public record DataSetRelease(String version, Instant releasedAt, String editor, String note, long packageSize,
		String packageSha256, List<ReleasedFile> files, DataSetChanges changes) {

	/** The name the package is downloaded under. */
	public String packageFilename() {
		return DataPackageWriter.NAME + "-datapackage-" + this.version + ".zip";
	}

	/**
	 * A file of the release: the package itself, or one inside it, with its size in bytes
	 * and the SHA-256 of its bytes.
	 */
	public record ReleasedFile(String path, long size, String sha256) {

	}

}
