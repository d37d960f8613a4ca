package org.talkstracker.release;

import java.time.Instant;

/**
 * What readers are told of one release, of a round or a memorandum: its number, when, its
 * kind, note and editor, and the editor who approved it under the two-person rule (none
 * otherwise).
 */
public record ReleaseLine(int number, Instant releasedAt, ReleaseKind kind, String note, String editor,
		String approvedBy) {

	public static ReleaseLine of(Release release) {
		return new ReleaseLine(release.getNumber(), release.getReleasedAt(), release.getKind(), release.getNote(),
				release.getEditor(), release.getApprovedBy());
	}

}
