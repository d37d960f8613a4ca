package org.talkstracker.opendata;

import java.util.Map;

/**
 * The published rounds a download holds: all of them, or those of the given ids (the
 * rounds list's filter, resolved by {@code search}). The ids are bound as one array
 * parameter.
 */
record SelectedRounds(long[] ids) {

	static final SelectedRounds ALL = new SelectedRounds(null);

	static SelectedRounds of(long[] ids) {
		return new SelectedRounds(ids.clone());
	}

	/** The rounds as a condition over {@code round r}, with {@link #parameters()}. */
	String condition() {
		return (this.ids == null) ? "r.published" : "r.published and r.id = any(:selectedRounds)";
	}

	Map<String, Object> parameters() {
		return (this.ids == null) ? Map.of() : Map.of("selectedRounds", this.ids);
	}

}
