package org.talkstracker.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the sources a page cites in the order it first cites them, so [1] is the first source
 * a reader meets and every fact can point at its sources by number.
 */
public final class NumberedSources {

	private final Map<Long, Integer> numbers = new LinkedHashMap<>();

	private final List<NumberedSource> sources = new ArrayList<>();

	/** The numbers of these sources, numbering the ones not cited before. */
	public List<Integer> cite(List<Source> cited) {
		return cited.stream().map(this::number).distinct().toList();
	}

	private int number(Source source) {
		return this.numbers.computeIfAbsent(source.getId(), (id) -> {
			int number = this.sources.size() + 1;
			this.sources.add(new NumberedSource(number, source.getPublisher(), source.getTitle(), source.getUrl(),
					source.getPublishedOn(), source.getKind(), source.getNote()));
			return number;
		});
	}

	/** Every source cited so far, by number. */
	public List<NumberedSource> list() {
		return List.copyOf(this.sources);
	}

	public record NumberedSource(int number, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

}
