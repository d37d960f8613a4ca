package org.talkstracker.datafile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

/**
 * The project's data file ({@code datafile/talks-tracker-data.schema.json}) as Java
 * records: one or more peace processes with their parties, people, rounds and everything
 * in them. Facts cite sources by slug.
 */
public record DataFile(String format, List<SourceEntry> sources, List<PartyEntry> parties, List<PersonEntry> people,
		List<ProcessEntry> processes) {

	/**
	 * The format the writer writes: version 2 gives names in Ukrainian and Russian too
	 * ({@link NamesEntry}); a file of version 1, which has English names only, still
	 * reads.
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
			String outcome, String nextSteps, List<String> sources, List<DelegationEntry> delegations,
			List<ThirdPartyEntry> thirdParties, List<ProposalEntry> proposals, List<ExchangeEntry> exchanges) {
		public RoundEntry {
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
			ProposalStatus status, String response, LocalDate deadline, List<String> sources) {
		public ProposalEntry {
			sources = orEmpty(sources);
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
			DateEntry delivered, LocalDate publishedOn, String summary, List<String> sources,
			List<ClauseEntry> clauses) {
		public MemorandumEntry {
			sources = orEmpty(sources);
			clauses = orEmpty(clauses);
		}

		public Name fullTitle() {
			return NamesEntry.of(this.title, this.titleNames);
		}

	}

	public record ClauseEntry(int number, ClauseTopic topic, String text, List<String> sources) {
		public ClauseEntry {
			sources = orEmpty(sources);
		}
	}

	public record StatementEntry(String slug, String round, String speaker, String speakerTitle, String party,
			DateEntry said, String text, String quote, String disputes, List<String> sources) {
		public StatementEntry {
			sources = orEmpty(sources);
		}
	}

	public record ContextEventEntry(String slug, String title, String description, DateEntry occurred,
			LocalDate announcedOn, List<String> sources) {
		public ContextEventEntry {
			sources = orEmpty(sources);
		}
	}

}
