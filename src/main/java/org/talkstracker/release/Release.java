package org.talkstracker.release;

import java.time.Instant;

/**
 * What every release has, of a round or of a memorandum: its number (1, 2, 3 … per page),
 * when and by whom it was made, its kind and public note, and the page as readers saw it
 * (its data file, with the SHA-256 of its UTF-8 bytes). Never changed once stored.
 */
public interface Release {

	int getNumber();

	Instant getReleasedAt();

	String getEditor();

	ReleaseKind getKind();

	String getNote();

	String getDataFile();

	String getSha256();

	default boolean isFirst() {
		return getNumber() == 1;
	}

}
