package org.talkstracker.datafile;

import java.util.List;

/**
 * A record an import created or changed: its kind (named by the message
 * {@code admin.kind.<kind>}), how editors know it, and for a change, which fields.
 */
public record ImportedRecord(Change change, String kind, String name, List<String> fields) {

	public enum Change {

		CREATED, CHANGED

	}

}
