package org.talkstracker.timeline;

import java.util.Locale;

/**
 * What an entry of the timeline is; in URLs by its lower-case name ({@code ?kind=stage}).
 */
public enum TimelineKind {

	ROUND, STAGE, MEMORANDUM, EVENT;

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a URL names; anything else is a bad request, not an empty timeline. */
	static TimelineKind fromParameter(String value) {
		for (TimelineKind kind : values()) {
			if (kind.parameter().equals(value.strip())) {
				return kind;
			}
		}
		throw new IllegalArgumentException("No timeline kind '" + value + "'");
	}

}
