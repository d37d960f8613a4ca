package org.talkstracker.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.talkstracker.source.FactCitations.SourceRecord;

/**
 * The sources a page cites, numbered in the order the page first cites them, so [1] is
 * the first source a reader meets. One per page being built; not shared between requests.
 */
public final class CitedSources {

	private final Map<Long, CitedSource> byId = new LinkedHashMap<>();

	/**
	 * The numbers of these sources, each once, in the order given; nulls (no source) are
	 * skipped.
	 */
	public List<Integer> cite(Collection<Source> cited) {
		return cited.stream().filter(Objects::nonNull).map(this::number).distinct().toList();
	}

	/** The numbers of these sources read as records, each once, in the order given. */
	public List<Integer> citeRecords(Collection<SourceRecord> cited) {
		return cited.stream()
			.map((source) -> this.byId
				.computeIfAbsent(source.id(),
						(id) -> new CitedSource(this.byId.size() + 1, source.publisher(), source.title(), source.url(),
								source.publishedOn(), source.kind(), source.note()))
				.number())
			.distinct()
			.toList();
	}

	private int number(Source source) {
		return this.byId
			.computeIfAbsent(source.getId(),
					(id) -> new CitedSource(this.byId.size() + 1, source.getPublisher(), source.getTitle(),
							source.getUrl(), source.getPublishedOn(), source.getKind(), source.getNote()))
			.number();
	}

	/** Every source cited so far, by number. */
	public List<CitedSource> list() {
		return List.copyOf(this.byId.values());
	}

	public record CitedSource(int number, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

}
