package org.talkstracker.timeline;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the reader asked the timeline to show: one process or all (null), and the kinds of entry.
 * No kind named means every kind, so unticking every box shows everything rather than nothing.
 */
public record TimelineFilter(String process, Set<TimelineKind> kinds) {

	public TimelineFilter {
		kinds = Set.copyOf(kinds);
	}

	static TimelineFilter of(String process, Collection<TimelineKind> kinds) {
		Set<TimelineKind> named = EnumSet.noneOf(TimelineKind.class);
		if (kinds != null) {
			kinds.stream().filter(Objects::nonNull).forEach(named::add);
		}
		return new TimelineFilter((process == null || process.isBlank()) ? null : process.strip(),
				named.isEmpty() ? EnumSet.allOf(TimelineKind.class) : named);
	}

	public boolean includes(TimelineKind kind) {
		return this.kinds.contains(kind);
	}

	/** Neither a process nor a narrower set of kinds: the whole timeline. */
	public boolean isEmpty() {
		return this.process == null && this.kinds.size() == TimelineKind.values().length;
	}

}
