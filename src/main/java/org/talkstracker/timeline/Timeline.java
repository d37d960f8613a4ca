package org.talkstracker.timeline;

import java.util.List;

import org.talkstracker.source.CitedSources.CitedSource;

/**
 * A page of the timeline as readers see it: its entries oldest first, the sources they
 * cite, the filter that chose them and the processes it can choose from; and where the
 * pages before and after it start (the positions of its first and last entries), null
 * when there is nothing there.
 */
public record Timeline(List<TimelineEntry> entries, List<CitedSource> sources, TimelineFilter filter,
		List<ProcessRef> processes, TimelinePosition earlier, TimelinePosition later) {
}
