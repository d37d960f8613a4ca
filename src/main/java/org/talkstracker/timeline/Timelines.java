package org.talkstracker.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceRepository;
import org.talkstracker.timeline.TimelineEntries.Row;
import org.talkstracker.timeline.TimelineEntry.EventEntry;
import org.talkstracker.timeline.TimelineEntry.MemorandumEntry;
import org.talkstracker.timeline.TimelineEntry.RoundEntry;
import org.talkstracker.timeline.TimelineEntry.RoundRef;
import org.talkstracker.timeline.TimelineEntry.StageEntry;

/**
 * Builds a page of the {@link Timeline} in three statements, whatever the data: the
 * processes (for the filter), the page of entries, and the sources they cite.
 */
@Service
class Timelines {

	static final int PAGE_SIZE = 50;

	private final TimelineRepository repository;

	private final TimelineEntries entries;

	private final SourceRepository sources;

	Timelines(TimelineRepository repository, TimelineEntries entries, SourceRepository sources) {
		this.repository = repository;
		this.entries = entries;
		this.sources = sources;
	}

	/**
	 * The page of entries after the position, or before it when {@code forwards} is
	 * false; from the start of the filter's year, or of the whole timeline, when there is
	 * no position.
	 */
	@Transactional(readOnly = true)
	public Timeline of(TimelineFilter filter, TimelinePosition position, boolean forwards) {
		List<ProcessRef> processes = this.repository.findProcesses();
		if (filter.process() != null && processes.stream().noneMatch((p) -> p.slug().equals(filter.process()))) {
			throw new UnknownProcessException(filter.process());
		}
		TimelinePosition start = (position == null && filter.from() != null) ? TimelinePosition.startOf(filter.from())
				: position;
		TimelineEntries.Page page = this.entries.find(filter.process(), filter.kinds(), start,
				position == null || forwards, PAGE_SIZE);
		Map<Long, Source> cited = sources(page.entries());
		CitedSources numbers = new CitedSources();
		List<TimelineEntry> shown = page.entries()
			.stream()
			.map((row) -> entry(row, numbers.cite(row.sourceIds().stream().map(cited::get).toList())))
			.toList();
		List<Row> rows = page.entries();
		// A year after the last entry shows none, and leads back to those before it.
		TimelinePosition earlier = page.earlier() ? (rows.isEmpty() ? start.inAddress() : rows.get(0).position())
				: null;
		TimelinePosition later = page.later()
				? (rows.isEmpty() ? start.inAddress() : rows.get(rows.size() - 1).position()) : null;
		return new Timeline(shown, numbers.list(), filter, processes, earlier, later);
	}

	private Map<Long, Source> sources(List<Row> rows) {
		List<Long> ids = rows.stream().flatMap((row) -> row.sourceIds().stream()).distinct().toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.sources.findAllById(ids).stream().collect(Collectors.toMap(Source::getId, Function.identity()));
	}

	private static TimelineEntry entry(Row row, List<Integer> sources) {
		ProcessRef process = new ProcessRef(row.processSlug(), row.processName());
		ReportedDate date = new ReportedDate(row.date(), row.precision());
		RoundRef round = (row.roundSlug() != null) ? new RoundRef(row.roundSlug(), row.roundNumber()) : null;
		return switch (row.kind()) {
			case ROUND -> new RoundEntry(date, process, round, row.city(), row.status(), sources);
			case STAGE ->
				new StageEntry(date, process, round, row.exchangeSlug(), row.exchangeKind(), row.sequence(), sources);
			case MEMORANDUM ->
				new MemorandumEntry(date, process, round, row.slug(), row.title(), row.author(), sources);
			case EVENT -> new EventEntry(date, process, row.slug(), row.title().en(), sources);
		};
	}

}
