package org.talkstracker.summary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.editing.Name;
import org.talkstracker.exchange.ExchangeAgreement;
import org.talkstracker.exchange.ExchangeAgreementRepository;
import org.talkstracker.exchange.ExchangeReportedTotal;
import org.talkstracker.exchange.ExchangeStage;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.memorandum.Clause;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.people.Person;
import org.talkstracker.process.Party;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.proposal.ProposalRepository;
import org.talkstracker.round.Delegation;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundListing;
import org.talkstracker.round.RoundNotFoundForEditing;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.RoundWithdrawalRepository;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.statement.Statement;
import org.talkstracker.statement.StatementRepository;
import org.talkstracker.summary.RoundSummary.ClauseView;
import org.talkstracker.summary.RoundSummary.DateView;
import org.talkstracker.summary.RoundSummary.DelegationView;
import org.talkstracker.summary.RoundSummary.ExchangeView;
import org.talkstracker.summary.RoundSummary.MemberView;
import org.talkstracker.summary.RoundSummary.MemorandumView;
import org.talkstracker.summary.RoundSummary.PartyProposals;
import org.talkstracker.summary.RoundSummary.PartyRef;
import org.talkstracker.summary.RoundSummary.PersonRef;
import org.talkstracker.summary.RoundSummary.ProposalView;
import org.talkstracker.summary.RoundSummary.SideProgress;
import org.talkstracker.summary.RoundSummary.StageView;
import org.talkstracker.summary.RoundSummary.StatementRef;
import org.talkstracker.summary.RoundSummary.StatementView;
import org.talkstracker.summary.RoundSummary.ThirdPartyView;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.translation.Translations;
import org.talkstracker.web.GoneException;

/**
 * Builds the {@link RoundSummary} of a published round in a fixed number of SQL
 * statements, whatever the size of the round: one per kind of fact, each fetching what
 * the page shows of it.
 */
@Service
public class RoundSummaries {

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final ExchangeAgreementRepository exchanges;

	private final MemorandumRepository memoranda;

	private final StatementRepository statements;

	private final RoundWithdrawalRepository withdrawals;

	private final Translations translations;

	RoundSummaries(RoundRepository rounds, ProposalRepository proposals, ExchangeAgreementRepository exchanges,
			MemorandumRepository memoranda, StatementRepository statements, RoundWithdrawalRepository withdrawals,
			Translations translations) {
		this.rounds = rounds;
		this.proposals = proposals;
		this.exchanges = exchanges;
		this.memoranda = memoranda;
		this.statements = statements;
		this.withdrawals = withdrawals;
		this.translations = translations;
	}

	/**
	 * The summary of the published round, or else {@link #unavailable why there is none}.
	 */
	@Transactional(readOnly = true)
	public RoundSummary of(String slug) {
		return summarise(this.rounds.findBySlugAndPublishedTrue(slug).orElseThrow(() -> unavailable(slug)));
	}

	/**
	 * Why no published round has the slug: it was withdrawn (410, with the latest
	 * withdrawal's date and reason, whether the round is kept as a draft or deleted), or
	 * it never was published (404).
	 */
	RuntimeException unavailable(String slug) {
		return this.withdrawals.findFirstByRoundSlugOrderByWithdrawnAtDescIdDesc(slug)
			.<RuntimeException>map((withdrawal) -> new GoneException("Round '" + slug + "' was withdrawn",
					LocalDate.ofInstant(withdrawal.getWithdrawnAt(), ZoneOffset.UTC), withdrawal.getReason()))
			.orElseGet(() -> new RoundNotFoundException(slug));
	}

	/**
	 * Refuses a slug that names no published round, saying {@link #unavailable why}: its
	 * releases and their downloads go with it.
	 */
	@Transactional(readOnly = true)
	public void requirePublished(String slug) {
		if (!this.rounds.existsBySlugAndPublishedTrue(slug)) {
			throw unavailable(slug);
		}
	}

	/**
	 * The summary of a round whether published or not, as readers will see it: for
	 * editors' previews only.
	 */
	@Transactional(readOnly = true)
	public RoundSummary preview(String slug) {
		return summarise(this.rounds.findBySlug(slug).orElseThrow(() -> new RoundNotFoundForEditing(slug)));
	}

	private RoundSummary summarise(Round round) {
		SourceNumbers sources = new SourceNumbers();
		TranslatedTexts texts = this.translations.shownWith(round);
		RoundSummary.Header header = header(round, texts, sources);
		List<DelegationView> delegations = delegations(round, sources);
		List<ThirdPartyView> thirdParties = this.rounds.findThirdParties(round)
			.stream()
			.map((third) -> new ThirdPartyView(party(third.getParty()), third.getRole(), third.getNote(),
					sources.cite(third.getSources())))
			.toList();
		List<PartyProposals> proposals = proposals(round, texts, sources);
		List<ExchangeView> exchanges = exchanges(round, sources);
		List<MemorandumView> memoranda = memoranda(round, texts, sources);
		List<StatementView> statements = statements(round, texts, sources);
		List<RoundListing> neighbours = this.rounds.findNeighbours(round.getProcess(), round.getNumber() - 1,
				round.getNumber() + 1);
		return new RoundSummary(header, delegations, thirdParties, proposals, exchanges, memoranda, statements,
				sources.sources(), neighbour(neighbours, round.getNumber() - 1),
				neighbour(neighbours, round.getNumber() + 1));
	}

	private RoundSummary.Header header(Round round, TranslatedTexts texts, SourceNumbers sources) {
		return new RoundSummary.Header(round.getSlug(), round.getNumber(), round.getProcess().getNames(),
				round.getProcess().getSlug(), round.getStatus(), round.getHeldOn(), round.getCityNames(),
				round.getVenueNames(), round.getTimes(),
				round.getDuration().map((duration) -> duration.getMinutes()).orElse(null),
				round.getDuration().map((duration) -> duration.getPrecision()).orElse(null), texts.of(round, "summary"),
				texts.of(round, "outcome"), texts.of(round, "next_steps"), round.getUpdatedAt(),
				sources.cite(round.getSources()));
	}

	private List<DelegationView> delegations(Round round, SourceNumbers sources) {
		List<Delegation> delegations = this.rounds.findDelegationsWithMembers(round);
		this.rounds.findDelegationsWithSources(round);
		this.rounds.findMembersWithSources(round);
		return delegations.stream()
			.map((delegation) -> new DelegationView(party(delegation.getParty()), delegation.getMembers()
				.stream()
				// Heads first, then the team in the order it was reported.
				.sorted(Comparator.comparing((member) -> member.getRole().ordinal()))
				.map((member) -> new MemberView(person(member.getPerson()), member.getTitle(), member.getRole(),
						sources.cite(member.getSources())))
				.toList(), sources.cite(delegation.getSources())))
			.toList();
	}

	private List<PartyProposals> proposals(Round round, TranslatedTexts texts, SourceNumbers sources) {
		Map<Party, List<ProposalView>> byParty = new LinkedHashMap<>();
		for (Proposal proposal : this.proposals.findByRoundWithSources(round)) {
			byParty.computeIfAbsent(proposal.getParty(), (party) -> new ArrayList<>())
				.add(new ProposalView(proposal.getSlug(), proposal.getCategory(), texts.of(proposal, "title"),
						texts.of(proposal, "details"), proposal.getStatus(), texts.of(proposal, "response"),
						proposal.getDeadline(), sources.cite(proposal.getSources())));
		}
		return byParty.entrySet()
			.stream()
			.map((entry) -> new PartyProposals(party(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	private List<ExchangeView> exchanges(Round round, SourceNumbers sources) {
		List<ExchangeAgreement> agreements = this.exchanges.findByRoundWithSources(round);
		Map<Long, List<ExchangeStage>> stages = new LinkedHashMap<>();
		this.exchanges.findStagesByRound(round)
			.forEach((stage) -> stages.computeIfAbsent(stage.getAgreement().getId(), (id) -> new ArrayList<>())
				.add(stage));
		Map<Long, List<ExchangeReportedTotal>> totals = new LinkedHashMap<>();
		this.exchanges.findReportedTotalsByRound(round)
			.forEach((total) -> totals.computeIfAbsent(total.getAgreement().getId(), (id) -> new ArrayList<>())
				.add(total));
		return agreements.stream().map((agreement) -> {
			List<Integer> cited = sources.cite(agreement.getSources());
			List<ExchangeStage> done = stages.getOrDefault(agreement.getId(), List.of());
			List<StageView> stageViews = done.stream()
				.map((stage) -> new StageView(stage.getSequence(), date(stage.getOccurred()), stage.getAnnouncedOn(),
						stage.getSideAReceived(), stage.getSideBReceived(), stage.isSideAWithheld(),
						stage.isSideBWithheld(), stage.getNote(), sources.cite(stage.getSources())))
				.toList();
			List<ReportedTotalView> reported = totals.getOrDefault(agreement.getId(), List.of())
				.stream()
				.map((total) -> new ReportedTotalView(total.getReceivedBy(), total.getReportedBy(),
						agreement.party(total.getReceivedBy()).getName(),
						agreement.party(total.getReportedBy()).getName(), total.getTotal(), total.getReportedOn(),
						sources.cite(total.getSources()), false))
				.toList();
			return ExchangeView.of(agreement.getSlug(), agreement.getKind(), agreement.isAllForAll(),
					SideProgress.of(party(agreement.getSideAParty()), agreement.getSideACount().orElse(null),
							agreement.getSideACountPrecision(), stageViews, StageView::sideAReceived,
							StageView::sideAWithheld),
					SideProgress.of(party(agreement.getSideBParty()), agreement.getSideBCount().orElse(null),
							agreement.getSideBCountPrecision(), stageViews, StageView::sideBReceived,
							StageView::sideBWithheld),
					agreement.getCriteria(), agreement.getDescription(), stageViews, reported, cited);
		}).toList();
	}

	private List<MemorandumView> memoranda(Round round, TranslatedTexts texts, SourceNumbers sources) {
		List<Memorandum> delivered = this.memoranda.findByRoundWithSources(round);
		Map<Long, List<Clause>> clauses = new LinkedHashMap<>();
		this.memoranda.findClausesByRound(round)
			.forEach((clause) -> clauses.computeIfAbsent(clause.getMemorandum().getId(), (id) -> new ArrayList<>())
				.add(clause));
		return delivered.stream().map((memorandum) -> {
			List<Integer> cited = sources.cite(memorandum.getSources());
			return new MemorandumView(memorandum.getSlug(), memorandum.getTitles(), party(memorandum.getAuthorParty()),
					date(memorandum.getDelivered()), memorandum.getPublishedOn(), texts.of(memorandum, "summary"),
					clauses.getOrDefault(memorandum.getId(), List.of())
						.stream()
						.map((clause) -> new ClauseView(clause.getNumber(), clause.getTopic(), texts.of(clause, "text"),
								sources.cite(clause.getSources())))
						.toList(),
					cited);
		}).toList();
	}

	private List<StatementView> statements(Round round, TranslatedTexts texts, SourceNumbers sources) {
		List<Statement> said = this.statements.findByRoundWithSources(round);
		Map<Long, List<StatementRef>> disputedBy = new LinkedHashMap<>();
		this.statements.findDisputingRound(round)
			.forEach((statement) -> disputedBy
				.computeIfAbsent(statement.getDisputes().getId(), (id) -> new ArrayList<>())
				.add(reference(statement, texts)));
		return said.stream()
			.map((statement) -> new StatementView(statement.getSlug(), person(statement.getSpeaker()),
					statement.getSpeakerTitle(), party(statement.getParty()), date(statement.getSaid()),
					texts.of(statement, "text"), texts.of(statement, "quote"),
					(statement.getDisputes() != null) ? reference(statement.getDisputes(), texts) : null,
					disputedBy.getOrDefault(statement.getId(), List.of()), sources.cite(statement.getSources())))
			.toList();
	}

	private static StatementRef reference(Statement statement, TranslatedTexts texts) {
		Name speaker = (statement.getSpeaker() != null) ? statement.getSpeaker().getNames()
				: statement.getParty().getNames();
		return new StatementRef(statement.getSlug(), speaker, texts.of(statement, "text"));
	}

	private static Optional<RoundListing> neighbour(List<RoundListing> neighbours, int number) {
		return neighbours.stream().filter((listing) -> listing.number() == number).findFirst();
	}

	private static PartyRef party(Party party) {
		return new PartyRef(party.getSlug(), party.getNames());
	}

	private static PersonRef person(Person person) {
		return (person != null) ? new PersonRef(person.getSlug(), person.getNames()) : null;
	}

	private static DateView date(ReportedDate date) {
		return (date != null) ? new DateView(date.getDate(), date.getPrecision()) : null;
	}

}
