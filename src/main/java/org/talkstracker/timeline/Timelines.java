package org.talkstracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.source.CitedSources;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.timeline.TimelineEntry.EventEntry;
import org.talkstracker.timeline.TimelineEntry.MemorandumEntry;
import org.talkstracker.timeline.TimelineEntry.RoundEntry;
import org.talkstracker.timeline.TimelineEntry.RoundRef;
import org.talkstracker.timeline.TimelineEntry.StageEntry;

/**
 * Builds the {@link Timeline} in a fixed number of statements, whatever the data: the processes,
 * then one statement per kind of entry asked for. Entries are merged and sorted here, oldest
 * first; on the same day rounds come before the stages, memoranda and events of that day.
 */
@Service
class Timelines {

	private static final Comparator<Dated> CHRONOLOGICAL = Comparator.comparing(Dated::date)
		.thenComparing(Dated::kind);

	private final TimelineRepository repository;

	Timelines(TimelineRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public Timeline of(TimelineFilter filter) {
		List<ProcessRef> processes = this.repository.findProcesses();
		if (filter.process() != null && processes.stream().noneMatch((p) -> p.slug().equals(filter.process()))) {
			throw new UnknownProcessException(filter.process());
		}
		List<Dated> dated = new ArrayList<>();
		if (filter.includes(TimelineKind.ROUND)) {
			dated.addAll(rounds(filter.process()));
		}
		if (filter.includes(TimelineKind.STAGE)) {
			dated.addAll(stages(filter.process()));
		}
		if (filter.includes(TimelineKind.MEMORANDUM)) {
			dated.addAll(memoranda(filter.process()));
		}
		if (filter.includes(TimelineKind.EVENT)) {
			dated.addAll(events(filter.process()));
		}
		// A stable sort: entries of one kind on one day keep the order their query gave them.
		dated.sort(CHRONOLOGICAL);
		CitedSources sources = new CitedSources();
		List<TimelineEntry> entries = dated.stream().map((entry) -> entry.complete(sources)).toList();
		return new Timeline(entries, sources.list(), filter, processes);
	}

	private List<Dated> rounds(String process) {
		return byFact(this.repository.findRounds(process), RoundRow::id, RoundRow::source, (row, sources) -> {
			ReportedDate held = new ReportedDate(row.heldOn(), DatePrecision.DAY);
			return new Dated(row.heldOn(), TimelineKind.ROUND, sources,
					(cited) -> new RoundEntry(held, new ProcessRef(row.processSlug(), row.processName()),
							new RoundRef(row.slug(), row.number()), row.city(), row.status(), cited));
		});
	}

	private List<Dated> stages(String process) {
		return byFact(this.repository.findStages(process), StageRow::id, StageRow::source,
				(row, sources) -> new Dated(row.occurredOn(), TimelineKind.STAGE, sources,
						(cited) -> new StageEntry(new ReportedDate(row.occurredOn(), row.precision()),
								new ProcessRef(row.processSlug(), row.processName()),
								new RoundRef(row.roundSlug(), row.roundNumber()), row.exchangeSlug(),
								row.exchangeKind(), row.sequence(), cited)));
	}

	private List<Dated> memoranda(String process) {
		return byFact(this.repository.findMemoranda(process), MemorandumRow::id, MemorandumRow::source,
				(row, sources) -> new Dated(row.deliveredOn(), TimelineKind.MEMORANDUM, sources,
						(cited) -> new MemorandumEntry(new ReportedDate(row.deliveredOn(), row.precision()),
								new ProcessRef(row.processSlug(), row.processName()),
								(row.roundSlug() != null) ? new RoundRef(row.roundSlug(), row.roundNumber()) : null,
								row.slug(), row.title(), row.author(), cited)));
	}

	private List<Dated> events(String process) {
		return byFact(this.repository.findEvents(process), EventRow::id, EventRow::source,
				(row, sources) -> new Dated(row.occurredOn(), TimelineKind.EVENT, sources,
						(cited) -> new EventEntry(new ReportedDate(row.occurredOn(), row.precision()),
								new ProcessRef(row.processSlug(), row.processName()), row.slug(), row.title(),
								cited)));
	}

	/**
	 * Folds the rows of one query (one per fact and source, a fact's rows together) into one
	 * entry per fact, keeping the query's order of facts and of each fact's sources.
	 */
	private static <R> List<Dated> byFact(List<R> rows, Function<R, Long> id, Function<R, Source> source,
			FactBuilder<R> builder) {
		Map<Long, List<R>> facts = new LinkedHashMap<>();
		rows.forEach((row) -> facts.computeIfAbsent(id.apply(row), (key) -> new ArrayList<>()).add(row));
		return facts.values()
			.stream()
			.map((factRows) -> builder.build(factRows.get(0), factRows.stream().map(source).toList()))
			.toList();
	}

	@FunctionalInterface
	private interface FactBuilder<R> {

		Dated build(R first, List<Source> sources);

	}

	/**
	 * An entry before its sources are numbered: sources are numbered in page order, so only once
	 * every entry has its place.
	 */
	private record Dated(LocalDate date, TimelineKind kind, Collection<Source> sources,
			Function<List<Integer>, TimelineEntry> entry) {

		TimelineEntry complete(CitedSources cited) {
			return this.entry.apply(cited.cite(this.sources));
		}

	}

}
