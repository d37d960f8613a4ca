package org.talkstracker.timeline;

import java.util.List;

import org.talkstracker.source.CitedSources.CitedSource;

/**
 * The timeline as readers see it: its entries oldest first, the sources they cite, the filter
 * that chose them and the processes it can choose from.
 */
public record Timeline(List<TimelineEntry> entries, List<CitedSource> sources, TimelineFilter filter,
		List<ProcessRef> processes) {
}
