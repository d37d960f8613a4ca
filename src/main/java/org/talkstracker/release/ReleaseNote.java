package org.talkstracker.release;

/**
 * What an editor tells readers about a save that changes a published round: its kind and
 * a public note (none for a round's first release, which needs no explanation).
 */
public record ReleaseNote(ReleaseKind kind, String text) {

	/** As long as a note may be, in the schema, the form and here. */
	public static final int MAX_LENGTH = 1000;

	public ReleaseNote {
		kind = (kind != null) ? kind : ReleaseKind.UPDATE;
		text = (text != null && !text.isBlank()) ? text.strip() : null;
	}

	public boolean hasText() {
		return this.text != null;
	}

}
