package org.talkstracker.datafile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.talkstracker.editing.Name;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.exchange.ExchangeKind;
import org.talkstracker.memorandum.ClauseTopic;
import org.talkstracker.process.PartyKind;
import org.talkstracker.proposal.ProposalCategory;
import org.talkstracker.proposal.ProposalStatus;
import org.talkstracker.round.DurationPrecision;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.round.ThirdPartyRole;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.SourceKind;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;

/**
 * The project's data file ({@code datafile/talks-tracker-data.schema.json}) as Java
 * records: one or more peace processes with their parties, people, rounds and everything
 * in them. Facts cite sources by slug.
 */
public record DataFile(String format, List<SourceEntry> sources, List<PartyEntry> parties, List<PersonEntry> people,
		List<ProcessEntry> processes) {

	/**
	 * The format the writer writes: version 2 gives names in Ukrainian and Russian too
	 * ({@link NamesEntry}), and the language each text is written in with its
	 * translations ({@link TextEntry}); a file of version 1, which has English names and
	 * texts only, still reads.
	 */
	public static final String FORMAT = "talks-tracker/2";

	/** The formats a file may have. */
	public static final List<String> FORMATS = List.of("talks-tracker/1", FORMAT);

	public DataFile {
		sources = orEmpty(sources);
		parties = orEmpty(parties);
		people = orEmpty(people);
		processes = orEmpty(processes);
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

	/**
	 * The entries in the order the file gives them (so a file is written the same way
	 * every time).
	 */
	static <T> Map<String, T> orEmpty(Map<String, T> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : Map.of();
	}

	/**
	 * A fact's text as pages show it: its words, and the language and translations its
	 * entry in the fact's {@code texts} gives (none: written in English, untranslated).
	 */
	static Text text(String original, Map<String, TextEntry> texts, String name) {
		TextEntry entry = texts.get(name);
		return (entry != null)
				? Text.of(original, entry.language(),
						entry.translations().stream().map(TranslationEntry::translation).toList())
				: Text.english(original);
	}

	/**
	 * A text's name in the file for its column: {@code nextSteps} for {@code next_steps}.
	 */
	static String textName(String column) {
		return "next_steps".equals(column) ? "nextSteps" : column;
	}

	/**
	 * The language one text of a fact is written in (English when left out) and its
	 * translations into the other languages. A fact's {@code texts} name only its texts
	 * that are not in English or are translated: a fact of a file of version 2 without
	 * them has its texts in English, untranslated.
	 */
	public record TextEntry(TextLanguage language, List<TranslationEntry> translations) {
		public TextEntry {
			language = (language != null) ? language : TextLanguage.EN;
			translations = orEmpty(translations);
		}
	}

	/** One translation of a text: its language, words, translator and when. */
	public record TranslationEntry(TextLanguage language, String text, String translator, Instant translatedAt) {

		public Text.Translation translation() {
			return new Text.Translation(this.language, this.text, this.translator, this.translatedAt);
		}

	}

	public record SourceEntry(String slug, String publisher, String title, String url, LocalDate publishedOn,
			SourceKind kind, String note) {
	}

	/**
	 * A name's forms in Ukrainian and Russian, beside the English one its record gives,
	 * and the language of the original ({@code en}, {@code uk}, {@code ru}; English when
	 * left out).
	 */
	public record NamesEntry(String uk, String ru, String original) {

		/** The name in every language, none when there is no English one. */
		public static Name of(String en, NamesEntry names) {
			return (names != null) ? Name.of(en, names.uk(), names.ru(), names.original())
					: Name.of(en, null, null, null);
		}

		/** The Ukrainian and Russian forms of a name, none when it has neither. */
		static NamesEntry of(Name name) {
			return (name == null || (name.uk() == null && name.ru() == null && "en".equals(name.original()))) ? null
					: new NamesEntry(name.uk(), name.ru(), name.original());
		}

	}

	public record PartyEntry(String slug, String name, NamesEntry names, PartyKind kind, String wikidataId,
			Integer ucdpActorId) {

		public Name fullName() {
			return NamesEntry.of(this.name, this.names);
		}

	}

	public record PersonEntry(String slug, String name, NamesEntry names, List<String> aliases, String wikidataId) {

		public Name fullName() {
			return NamesEntry.of(this.name, this.names);
		}

		public PersonEntry {
			aliases = orEmpty(aliases);
		}
	}

	public record ProcessEntry(String slug, String name, NamesEntry names, String description, String wikidataId,
			Integer ucdpConflictId, Integer paxProcessId, List<String> parties, List<RoundEntry> rounds,
			List<MemorandumEntry> memoranda, List<StatementEntry> statements, List<ContextEventEntry> contextEvents) {
		public ProcessEntry {
			parties = orEmpty(parties);
			rounds = orEmpty(rounds);
			memoranda = orEmpty(memoranda);
			statements = orEmpty(statements);
			contextEvents = orEmpty(contextEvents);
		}

		public Name fullName() {
			return NamesEntry.of(this.name, this.names);
		}

	}

	public record RoundEntry(String slug, int number, RoundStatus status, boolean published, String city,
			NamesEntry cityNames, String venue, NamesEntry venueNames, LocalDate heldOn, String timeZone,
			Instant scheduledStart, Instant startedAt, Instant endedAt, DurationEntry duration, String summary,
			String outcome, String nextSteps, Map<String, TextEntry> texts, List<String> sources,
			List<DelegationEntry> delegations, List<ThirdPartyEntry> thirdParties, List<ProposalEntry> proposals,
			List<ExchangeEntry> exchanges) {
		public RoundEntry {
			texts = orEmpty(texts);
			sources = orEmpty(sources);
			delegations = orEmpty(delegations);
			thirdParties = orEmpty(thirdParties);
			proposals = orEmpty(proposals);
			exchanges = orEmpty(exchanges);
		}

		public Name fullCity() {
			return NamesEntry.of(this.city, this.cityNames);
		}

		public Name fullVenue() {
			return NamesEntry.of(this.venue, this.venueNames);
		}

		/**
		 * A text ({@code summary}, {@code outcome}, {@code nextSteps}) as pages show it.
		 */
		public Text text(String name) {
			return DataFile.text(switch (name) {
				case "summary" -> this.summary;
				case "outcome" -> this.outcome;
				case "nextSteps" -> this.nextSteps;
				default -> throw new IllegalArgumentException("A round has no text " + name);
			}, this.texts, name);
		}

	}

	public record DurationEntry(int minutes, DurationPrecision precision) {
	}

	public record DelegationEntry(String party, List<MemberEntry> members, List<String> sources) {
		public DelegationEntry {
			members = orEmpty(members);
			sources = orEmpty(sources);
		}
	}

	/** A member's sources are optional: files from before members cited any have none. */
	public record MemberEntry(String person, String title, MemberRole role, List<String> sources) {
		public MemberEntry {
			sources = orEmpty(sources);
		}
	}

	public record ThirdPartyEntry(String party, ThirdPartyRole role, String note, List<String> sources) {
		public ThirdPartyEntry {
			sources = orEmpty(sources);
		}
	}

	public record ProposalEntry(String slug, String party, ProposalCategory category, String title, String details,
			ProposalStatus status, String response, Map<String, TextEntry> texts, LocalDate deadline,
			List<String> sources) {
		public ProposalEntry {
			texts = orEmpty(texts);
			sources = orEmpty(sources);
		}

		/** A text ({@code title}, {@code details}, {@code response}) as pages show it. */
		public Text text(String name) {
			return DataFile.text(switch (name) {
				case "title" -> this.title;
				case "details" -> this.details;
				case "response" -> this.response;
				default -> throw new IllegalArgumentException("A proposal has no text " + name);
			}, this.texts, name);
		}
	}

	public record ExchangeEntry(String slug, ExchangeKind kind, boolean allForAll, SideEntry sideA, SideEntry sideB,
			String criteria, String description, List<String> sources, List<StageEntry> stages,
			List<ReportedTotalEntry> reportedTotals) {
		public ExchangeEntry {
			sources = orEmpty(sources);
			stages = orEmpty(stages);
			reportedTotals = orEmpty(reportedTotals);
		}
	}

	/**
	 * A party of an agreement and what it is to receive; the count is exact unless said
	 * (no precision: exact, as in files written before counts had one).
	 */
	public record SideEntry(String party, Integer agreedCount, CountPrecision agreedPrecision) {
	}

	/** What one party of an agreement reports one of them received in all. */
	public record ReportedTotalEntry(String receivedBy, String reportedBy, int total, LocalDate reportedOn,
			List<String> sources) {
		public ReportedTotalEntry {
			sources = orEmpty(sources);
		}
	}

	public record StageEntry(int sequence, DateEntry occurred, LocalDate announcedOn, CountsEntry sideAReceived,
			CountsEntry sideBReceived, boolean sideAWithheld, boolean sideBWithheld, String note,
			List<String> sources) {
		public StageEntry {
			sources = orEmpty(sources);
		}
	}

	public record CountsEntry(Integer perSideA, Integer perSideB) {
	}

	public record DateEntry(LocalDate date, DatePrecision precision) {
	}

	public record MemorandumEntry(String slug, String title, NamesEntry titleNames, String author, String round,
			DateEntry delivered, LocalDate publishedOn, String summary, Map<String, TextEntry> texts,
			List<String> sources, List<ClauseEntry> clauses) {
		public MemorandumEntry {
			texts = orEmpty(texts);
			sources = orEmpty(sources);
			clauses = orEmpty(clauses);
		}

		public Name fullTitle() {
			return NamesEntry.of(this.title, this.titleNames);
		}

		/** Its summary as pages show it. */
		public Text summaryText() {
			return DataFile.text(this.summary, this.texts, "summary");
		}

	}

	public record ClauseEntry(int number, ClauseTopic topic, String text, Map<String, TextEntry> texts,
			List<String> sources) {
		public ClauseEntry {
			texts = orEmpty(texts);
			sources = orEmpty(sources);
		}

		/** Its text as pages show it. */
		public Text shownText() {
			return DataFile.text(this.text, this.texts, "text");
		}
	}

	public record StatementEntry(String slug, String round, String speaker, String speakerTitle, String party,
			DateEntry said, String text, String quote, Map<String, TextEntry> texts, String disputes,
			List<String> sources) {
		public StatementEntry {
			texts = orEmpty(texts);
			sources = orEmpty(sources);
		}

		/** A text ({@code text}, {@code quote}) as pages show it. */
		public Text text(String name) {
			return DataFile.text("quote".equals(name) ? this.quote : this.text, this.texts, name);
		}
	}

	public record ContextEventEntry(String slug, String title, String description, DateEntry occurred,
			LocalDate announcedOn, List<String> sources) {
		public ContextEventEntry {
			sources = orEmpty(sources);
		}
	}

}
