package org.talkstracker.history;

import java.time.Instant;
import java.util.List;

/**
 * One change of one record of a round, as the history page lists it: when, by whom, which
 * record (its kind, named by the message {@code admin.kind.<kind>}, and how editors know
 * it), whether it was added, changed or deleted, and which fields changed. The fields of
 * an exchange are named by its parties ({@code admin.history.field.<field>} with the
 * {@code parties} as arguments: "Russia received, as Ukraine reports it").
 */
public record RoundChange(long revision, Instant changedAt, String username, String kind, String name, Type type,
		List<String> fields, List<String> parties) {

	public enum Type {

		ADDED, CHANGED, DELETED

	}

}
