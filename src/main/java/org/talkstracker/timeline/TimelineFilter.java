package org.talkstracker.timeline;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the reader asked the timeline to show: one process or all (null), the kinds of
 * entry, and the year to start from (null: the start). No kind named means every kind, so
 * unticking every box shows everything rather than nothing.
 */
public record TimelineFilter(String process, Set<TimelineKind> kinds, Integer from) {

	public TimelineFilter {
		kinds = Set.copyOf(kinds);
	}

	static TimelineFilter of(String process, Collection<TimelineKind> kinds, Integer from) {
		Set<TimelineKind> named = EnumSet.noneOf(TimelineKind.class);
		if (kinds != null) {
			kinds.stream().filter(Objects::nonNull).forEach(named::add);
		}
		return new TimelineFilter((process == null || process.isBlank()) ? null : process.strip(),
				named.isEmpty() ? EnumSet.allOf(TimelineKind.class) : named, from);
	}

	public boolean includes(TimelineKind kind) {
		return this.kinds.contains(kind);
	}

	/** Neither a process, nor a narrower set of kinds, nor a year: the whole timeline. */
	public boolean isEmpty() {
		return this.process == null && this.kinds.size() == TimelineKind.values().length && this.from == null;
	}

}
