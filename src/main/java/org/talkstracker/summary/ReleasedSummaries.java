package org.talkstracker.summary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.round.RoundTimes;
import org.talkstracker.datafile.DataFile.CountsEntry;
import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.datafile.DataFile.ProcessEntry;
import org.talkstracker.datafile.DataFile.RoundEntry;
import org.talkstracker.datafile.DataFile.SourceEntry;
import org.talkstracker.datafile.DataFile.StatementEntry;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.CountedFigures;
import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ExchangeView;
import org.talkstracker.exchange.ExchangeView.SideProgress;
import org.talkstracker.exchange.ExchangeView.StageView;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.release.RoundRelease;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.release.RoundReleases;
import org.talkstracker.summary.RoundSummary.ClauseView;
import org.talkstracker.summary.RoundSummary.DelegationView;
import org.talkstracker.summary.RoundSummary.MemberView;
import org.talkstracker.summary.RoundSummary.MemorandumView;
import org.talkstracker.summary.RoundSummary.PartyProposals;
import org.talkstracker.summary.RoundSummary.PartyRef;
import org.talkstracker.summary.RoundSummary.PersonRef;
import org.talkstracker.summary.RoundSummary.ProposalView;
import org.talkstracker.summary.RoundSummary.SourceView;
import org.talkstracker.summary.RoundSummary.StatementRef;
import org.talkstracker.summary.RoundSummary.StatementView;
import org.talkstracker.summary.RoundSummary.ThirdPartyView;

/**
 * The {@link RoundSummary} of a round as one of its releases kept it: read from the
 * release's data file, so a release's page and downloads show what readers saw then,
 * whatever has changed since. Laid out as {@link RoundSummaries} lays out the round from
 * the database; "last updated" is the release's date, and there are no neighbours.
 */
@Service
public class ReleasedSummaries {

	private final RoundReleases releases;

	private final RoundSummaries summaries;

	private final CountedFigures figures;

	ReleasedSummaries(RoundReleases releases, RoundSummaries summaries, CountedFigures figures) {
		this.releases = releases;
		this.summaries = summaries;
		this.figures = figures;
	}

	/** Release {@code number} of a published round, or not found. */
	public RoundRelease release(String slug, int number) {
		this.summaries.requirePublished(slug);
		return this.releases.release(slug, number).orElseThrow(() -> new RoundNotFoundException(slug));
	}

	public RoundSummary of(RoundRelease release) {
		return new FileSummary(this.releases.file(release), this.figures).summarise(release.getReleasedAt());
	}

	/** One release's data file, with its records by slug. */
	private static final class FileSummary {

		private final ProcessEntry process;

		private final RoundEntry round;

		private final Map<String, Name> parties;

		private final Map<String, Name> people;

		private final Map<String, SourceEntry> sourceEntries;

		private final SourceNumbers sources = new SourceNumbers();

		/** What each side received in each stage, in the file's order, side A first. */
		private final Iterator<ReceivedCounts> received;

		FileSummary(DataFile file, CountedFigures figures) {
			this.process = file.processes().get(0);
			this.round = this.process.rounds().get(0);
			this.parties = file.parties()
				.stream()
				.collect(Collectors.toMap(DataFile.PartyEntry::slug, DataFile.PartyEntry::fullName));
			this.people = file.people()
				.stream()
				.collect(Collectors.toMap(DataFile.PersonEntry::slug, DataFile.PersonEntry::fullName));
			this.sourceEntries = file.sources()
				.stream()
				.collect(Collectors.toMap(SourceEntry::slug, Function.identity()));
			this.received = figures
				.counted(this.round.exchanges()
					.stream()
					.flatMap((exchange) -> exchange.stages().stream())
					.flatMap((stage) -> Stream.of(reports(stage.sideAReceived()), reports(stage.sideBReceived())))
					.toList())
				.iterator();
		}

		RoundSummary summarise(Instant releasedAt) {
			RoundSummary.Header header = new RoundSummary.Header(this.round.slug(), this.round.number(),
					this.process.fullName(), this.process.slug(), this.round.status(), this.round.heldOn(),
					this.round.fullCity(), this.round.fullVenue(),
					new RoundTimes(this.round.timeZone(), this.round.scheduledStart(), this.round.startedAt(),
							this.round.endedAt()),
					(this.round.duration() != null) ? this.round.duration().minutes() : null,
					(this.round.duration() != null) ? this.round.duration().precision() : null,
					this.round.text("summary"), this.round.text("outcome"), this.round.text("nextSteps"), releasedAt,
					cite(this.round.sources()));
			List<DelegationView> delegations = this.round.delegations()
				.stream()
				.map((delegation) -> new DelegationView(party(delegation.party()),
						delegation.members()
							.stream()
							.sorted(Comparator.comparing((member) -> member.role().ordinal()))
							.map((member) -> new MemberView(person(member.person()), member.title(), member.role(),
									cite(member.sources())))
							.toList(),
						cite(delegation.sources())))
				.toList();
			List<ThirdPartyView> thirdParties = this.round.thirdParties()
				.stream()
				.map((third) -> new ThirdPartyView(party(third.party()), third.role(), third.note(),
						cite(third.sources())))
				.toList();
			List<PartyProposals> proposals = proposals();
			List<ExchangeView> exchanges = exchanges();
			List<MemorandumView> memoranda = memoranda();
			List<StatementView> statements = statements();
			return new RoundSummary(header, delegations, thirdParties, proposals, exchanges, memoranda, statements,
					this.sources.sources(), Optional.empty(), Optional.empty());
		}

		private List<PartyProposals> proposals() {
			Map<String, List<ProposalView>> byParty = new LinkedHashMap<>();
			this.round.proposals()
				.forEach((proposal) -> byParty.computeIfAbsent(proposal.party(), (party) -> new ArrayList<>())
					.add(new ProposalView(proposal.slug(), proposal.category(), proposal.text("title"),
							proposal.text("details"), proposal.status(), proposal.text("response"), proposal.deadline(),
							cite(proposal.sources()))));
			return byParty.entrySet()
				.stream()
				.map((entry) -> new PartyProposals(party(entry.getKey()), List.copyOf(entry.getValue())))
				.toList();
		}

		private List<ExchangeView> exchanges() {
			return this.round.exchanges().stream().map((exchange) -> {
				List<Integer> cited = cite(exchange.sources());
				List<StageView> stages = exchange.stages()
					.stream()
					.map((stage) -> new StageView(stage.sequence(), date(stage.occurred()), stage.announcedOn(),
							this.received.next(), this.received.next(), stage.sideAWithheld(), stage.sideBWithheld(),
							stage.note(), cite(stage.sources())))
					.toList();
				List<ReportedTotalView> reported = exchange.reportedTotals()
					.stream()
					.map((total) -> new ReportedTotalView(side(exchange, total.receivedBy()),
							side(exchange, total.reportedBy()), party(total.receivedBy()).name(),
							party(total.reportedBy()).name(), total.total(), total.reportedOn(), cite(total.sources()),
							false))
					.toList();
				return ExchangeView.of(exchange.slug(), exchange.kind(), exchange.allForAll(),
						SideProgress.of(party(exchange.sideA().party()).named(), exchange.sideA().agreedCount(),
								exchange.sideA().agreedPrecision(), stages, StageView::sideAReceived,
								StageView::sideAWithheld),
						SideProgress.of(party(exchange.sideB().party()).named(), exchange.sideB().agreedCount(),
								exchange.sideB().agreedPrecision(), stages, StageView::sideBReceived,
								StageView::sideBWithheld),
						exchange.criteria(), exchange.description(), stages, reported, cited);
			}).toList();
		}

		private static ExchangeSide side(DataFile.ExchangeEntry exchange, String party) {
			return party.equals(exchange.sideA().party()) ? ExchangeSide.SIDE_A : ExchangeSide.SIDE_B;
		}

		private List<MemorandumView> memoranda() {
			return this.process.memoranda()
				.stream()
				.filter((memorandum) -> this.round.slug().equals(memorandum.round()))
				.map((memorandum) -> {
					List<Integer> cited = cite(memorandum.sources());
					return new MemorandumView(memorandum.slug(), memorandum.fullTitle(), party(memorandum.author()),
							date(memorandum.delivered()), memorandum.publishedOn(), memorandum.summaryText(),
							memorandum.clauses()
								.stream()
								.map((clause) -> new ClauseView(clause.number(), clause.topic(), clause.shownText(),
										cite(clause.sources())))
								.toList(),
							cited);
				})
				.toList();
		}

		private List<StatementView> statements() {
			List<StatementEntry> said = this.process.statements()
				.stream()
				.filter((statement) -> this.round.slug().equals(statement.round()))
				.toList();
			Map<String, StatementEntry> bySlug = said.stream()
				.collect(Collectors.toMap(StatementEntry::slug, Function.identity()));
			return said.stream()
				.map((statement) -> new StatementView(statement.slug(), person(statement.speaker()),
						statement.speakerTitle(), party(statement.party()), date(statement.said()),
						statement.text("text"), statement.text("quote"),
						Optional.ofNullable(statement.disputes()).map(bySlug::get).map(this::reference).orElse(null),
						said.stream()
							.filter((other) -> statement.slug().equals(other.disputes()))
							.map(this::reference)
							.toList(),
						cite(statement.sources())))
				.toList();
		}

		private StatementRef reference(StatementEntry statement) {
			Name speaker = (statement.speaker() != null) ? this.people.get(statement.speaker())
					: this.parties.get(statement.party());
			return new StatementRef(statement.slug(), speaker, statement.text("text"));
		}

		private List<Integer> cite(List<String> slugs) {
			return this.sources.cite(slugs.stream().map(this.sourceEntries::get).filter(Objects::nonNull).toList(),
					SourceEntry::slug, (source, number) -> new SourceView(number, source.slug(), source.publisher(),
							source.title(), source.url(), source.publishedOn(), source.kind(), source.note()));
		}

		private PartyRef party(String slug) {
			return (slug != null) ? new PartyRef(slug, this.parties.get(slug)) : null;
		}

		private PersonRef person(String slug) {
			return (slug != null) ? new PersonRef(slug, this.people.get(slug)) : null;
		}

		private static ReceivedCounts reports(CountsEntry counts) {
			return (counts != null) ? new ReceivedCounts(counts.perSideA(), counts.perSideB())
					: ReceivedCounts.NOT_REPORTED;
		}

		private static ReportedDate date(DateEntry date) {
			return (date != null) ? new ReportedDate(date.date(), date.precision()) : null;
		}

	}

}
