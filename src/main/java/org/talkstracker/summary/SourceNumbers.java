package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.talkstracker.source.FactCitations.SourceRecord;

/**
 * Numbers sources in the order the summary first cites them, so [1] is the first source a
 * reader meets. Sources are told apart by slug, whether they come from the database or
 * from a data file.
 */
class SourceNumbers {

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final List<RoundSummary.SourceView> sources = new ArrayList<>();

	List<Integer> cite(List<SourceRecord> cited) {
		return cite(cited, SourceRecord::slug, (source, number) -> new RoundSummary.SourceView(number, source.slug(),
				source.publisher(), source.title(), source.url(), source.publishedOn(), source.kind(), source.note()));
	}

	<S> List<Integer> cite(List<S> cited, Function<S, String> slug, SourceViews<S> view) {
		return cited.stream().map((source) -> this.numbers.computeIfAbsent(slug.apply(source), (key) -> {
			int number = this.sources.size() + 1;
			this.sources.add(view.of(source, number));
			return number;
		})).distinct().toList();
	}

	List<RoundSummary.SourceView> sources() {
		return List.copyOf(this.sources);
	}

	/** How a source is shown under its number. */
	interface SourceViews<S> {

		RoundSummary.SourceView of(S source, int number);

	}

}
