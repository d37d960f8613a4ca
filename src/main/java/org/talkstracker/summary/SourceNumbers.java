package org.talkstracker.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talkstracker.source.Source;

/**
 * Numbers sources in the order the summary first cites them, so [1] is the first source a
 * reader meets.
 */
class SourceNumbers {

	private final Map<Long, Integer> numbers = new LinkedHashMap<>();

	private final List<RoundSummary.SourceView> sources = new ArrayList<>();

	List<Integer> cite(List<Source> cited) {
		return cited.stream().map(this::number).distinct().toList();
	}

	private int number(Source source) {
		return this.numbers.computeIfAbsent(source.getId(), (id) -> {
			int number = this.sources.size() + 1;
			this.sources.add(new RoundSummary.SourceView(number, source.getSlug(), source.getPublisher(),
					source.getTitle(), source.getUrl(), source.getPublishedOn(), source.getKind(), source.getNote()));
			return number;
		});
	}

	List<RoundSummary.SourceView> sources() {
		return List.copyOf(this.sources);
	}

}
