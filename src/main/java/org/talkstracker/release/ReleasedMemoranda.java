package org.talkstracker.release;

import org.talkstracker.editing.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.datafile.DataFile.MemorandumEntry;
import org.talkstracker.datafile.DataFile.ProcessEntry;
import org.talkstracker.datafile.DataFile.SourceEntry;
import org.talkstracker.memorandum.MemorandumPages.MemorandumPage;
import org.talkstracker.memorandum.MemorandumView;
import org.talkstracker.memorandum.MemorandumView.Author;
import org.talkstracker.memorandum.MemorandumView.ClauseView;
import org.talkstracker.memorandum.MemorandumView.RoundRef;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.source.CitedSources.CitedSource;
import org.talkstracker.source.ReportedDate;

/**
 * A memorandum's page as one of its releases kept it: the {@link MemorandumPage} the
 * memorandum's page renders, read from the release's data file, so the release shows what
 * readers saw then, whatever has changed since. The file names the round the memorandum
 * was delivered at by slug only (the round's own releases keep the round): its number and
 * city are the published round's now.
 */
@Component
class ReleasedMemoranda {

	private final MemorandumReleases releases;

	private final RoundRepository rounds;

	ReleasedMemoranda(MemorandumReleases releases, RoundRepository rounds) {
		this.releases = releases;
		this.rounds = rounds;
	}

	MemorandumPage of(MemorandumRelease release) {
		DataFile file = this.releases.file(release);
		ProcessEntry process = file.processes().get(0);
		MemorandumEntry memorandum = process.memoranda().get(0);
		Map<String, Name> parties = file.parties()
			.stream()
			.collect(Collectors.toMap(DataFile.PartyEntry::slug, DataFile.PartyEntry::fullName));
		Sources sources = new Sources(file.sources());
		List<Integer> cited = sources.cite(memorandum.sources());
		List<ClauseView> clauses = memorandum.clauses()
			.stream()
			.map((clause) -> new ClauseView(clause.number(), clause.topic(), clause.shownText(),
					sources.cite(clause.sources())))
			.toList();
		MemorandumView view = new MemorandumView(memorandum.slug(), memorandum.fullTitle(), process.fullName(),
				new Author(memorandum.author(),
						parties.getOrDefault(memorandum.author(), Name.of(memorandum.author(), null, null, null))),
				round(memorandum.round()), reported(memorandum.delivered()), memorandum.publishedOn(),
				memorandum.summaryText(), cited, clauses);
		return new MemorandumPage(view, sources.list());
	}

	private RoundRef round(String slug) {
		if (slug == null) {
			return null;
		}
		return this.rounds.findBySlugIn(Set.of(slug))
			.stream()
			.filter(Round::isPublished)
			.findFirst()
			.map((round) -> new RoundRef(round.getSlug(), round.getNumber(), round.getCityNames()))
			.orElse(null);
	}

	private static ReportedDate reported(DateEntry date) {
		return (date != null && date.date() != null) ? new ReportedDate(date.date(), date.precision()) : null;
	}

	/** The file's sources, numbered in the order the page first cites them. */
	private static final class Sources {

		private final Map<String, SourceEntry> bySlug;

		private final Map<String, CitedSource> cited = new LinkedHashMap<>();

		Sources(List<SourceEntry> sources) {
			this.bySlug = sources.stream().collect(Collectors.toMap(SourceEntry::slug, Function.identity()));
		}

		List<Integer> cite(List<String> slugs) {
			List<Integer> numbers = new ArrayList<>();
			for (String slug : slugs) {
				SourceEntry source = this.bySlug.get(slug);
				if (source != null) {
					int number = this.cited
						.computeIfAbsent(slug,
								(key) -> new CitedSource(this.cited.size() + 1, source.publisher(), source.title(),
										source.url(), source.publishedOn(), source.kind(), source.note()))
						.number();
					if (!numbers.contains(number)) {
						numbers.add(number);
					}
				}
			}
			return List.copyOf(numbers);
		}

		List<CitedSource> list() {
			return List.copyOf(this.cited.values());
		}

	}

}
