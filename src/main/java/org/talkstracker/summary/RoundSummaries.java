package org.talkstracker.summary;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.talkstracker.editing.Name;
import org.talkstracker.editing.NamedRef;
import org.talkstracker.exchange.ExchangeRecords;
import org.talkstracker.exchange.ExchangeRecords.AgreementRecord;
import org.talkstracker.exchange.ExchangeRecords.ReportedTotalRecord;
import org.talkstracker.exchange.ExchangeRecords.RoundAgreements;
import org.talkstracker.exchange.ExchangeRecords.StageRecord;
import org.talkstracker.exchange.ExchangeView;
import org.talkstracker.exchange.ExchangeView.SideProgress;
import org.talkstracker.exchange.ExchangeView.StageView;
import org.talkstracker.exchange.ReportedTotalView;
import org.talkstracker.memorandum.MemorandumRecords;
import org.talkstracker.memorandum.MemorandumRecords.ClauseRecord;
import org.talkstracker.memorandum.MemorandumRecords.MemorandumRecord;
import org.talkstracker.memorandum.MemorandumRecords.RoundMemoranda;
import org.talkstracker.proposal.ProposalRecords;
import org.talkstracker.proposal.ProposalRecords.ProposalRecord;
import org.talkstracker.round.RoundListing;
import org.talkstracker.round.RoundNotFoundForEditing;
import org.talkstracker.round.RoundRecords;
import org.talkstracker.round.RoundRecords.DelegationRecord;
import org.talkstracker.round.RoundRecords.MemberRecord;
import org.talkstracker.round.RoundRecords.RoundRecord;
import org.talkstracker.round.RoundRecords.ThirdPartyRecord;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.RoundWithdrawalRepository;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.FactCitations;
import org.talkstracker.source.FactCitations.CitingFact;
import org.talkstracker.source.FactCitations.Cited;
import org.talkstracker.statement.StatementRecords;
import org.talkstracker.statement.StatementRecords.RoundStatements;
import org.talkstracker.statement.StatementRecords.StatementRecord;
import org.talkstracker.summary.RoundSummary.ClauseView;
import org.talkstracker.summary.RoundSummary.DelegationView;
import org.talkstracker.summary.RoundSummary.MemberView;
import org.talkstracker.summary.RoundSummary.MemorandumView;
import org.talkstracker.summary.RoundSummary.PartyProposals;
import org.talkstracker.summary.RoundSummary.PartyRef;
import org.talkstracker.summary.RoundSummary.PersonRef;
import org.talkstracker.summary.RoundSummary.ProposalView;
import org.talkstracker.summary.RoundSummary.StatementRef;
import org.talkstracker.summary.RoundSummary.StatementView;
import org.talkstracker.summary.RoundSummary.ThirdPartyView;
import org.talkstracker.text.FactKind;
import org.talkstracker.text.TranslatedTexts;
import org.talkstracker.translation.Translations;
import org.talkstracker.web.GoneException;

/**
 * Builds the {@link RoundSummary} of a round in a fixed number of SQL statements,
 * whatever the size of the round: one per kind of fact (agreements with their stages,
 * memoranda with their clauses), each read as plain records by the module that owns it,
 * then the translations of their texts and the sources they all cite, one statement each.
 */
@Service
public class RoundSummaries {

	private final RoundRecords rounds;

	private final RoundRepository roundEntities;

	private final ProposalRecords proposals;

	private final ExchangeRecords exchanges;

	private final MemorandumRecords memoranda;

	private final StatementRecords statements;

	private final FactCitations citations;

	private final RoundWithdrawalRepository withdrawals;

	private final Translations translations;

	private final EntityManager entityManager;

	RoundSummaries(RoundRecords rounds, RoundRepository roundEntities, ProposalRecords proposals,
			ExchangeRecords exchanges, MemorandumRecords memoranda, StatementRecords statements,
			FactCitations citations, RoundWithdrawalRepository withdrawals, Translations translations,
			EntityManager entityManager) {
		this.rounds = rounds;
		this.roundEntities = roundEntities;
		this.proposals = proposals;
		this.exchanges = exchanges;
		this.memoranda = memoranda;
		this.statements = statements;
		this.citations = citations;
		this.withdrawals = withdrawals;
		this.translations = translations;
		this.entityManager = entityManager;
	}

	/**
	 * The summary of the published round, or else {@link #unavailable why there is none}.
	 */
	@Transactional(readOnly = true)
	public RoundSummary of(String slug) {
		flushPendingChanges();
		return summarise(this.rounds.published(slug).orElseThrow(() -> unavailable(slug)));
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
		if (!this.roundEntities.existsBySlugAndPublishedTrue(slug)) {
			throw unavailable(slug);
		}
	}

	/**
	 * The summary of a round whether published or not, as readers will see it: for
	 * editors' previews only.
	 */
	@Transactional(readOnly = true)
	public RoundSummary preview(String slug) {
		flushPendingChanges();
		return summarise(this.rounds.any(slug).orElseThrow(() -> new RoundNotFoundForEditing(slug)));
	}

	/**
	 * Writes what the surrounding transaction changed through entities before the
	 * summary's records are read past them, so that a release or an edit's page made in
	 * the same transaction shows the change. A read-only transaction has nothing to
	 * write.
	 */
	private void flushPendingChanges() {
		if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			this.entityManager.flush();
		}
	}

	private RoundSummary summarise(RoundRecord round) {
		List<DelegationRecord> delegations = this.rounds.delegations(round.id());
		List<ThirdPartyRecord> thirdParties = this.rounds.thirdParties(round.id());
		List<ProposalRecord> proposals = this.proposals.ofRound(round.id());
		RoundAgreements roundAgreements = this.exchanges.ofRound(round.id());
		List<AgreementRecord> agreements = roundAgreements.agreements();
		List<StageRecord> stages = roundAgreements.stages();
		List<ReportedTotalRecord> totals = this.exchanges.reportedTotalsOfRound(round.id());
		RoundMemoranda roundMemoranda = this.memoranda.ofRound(round.id());
		List<MemorandumRecord> memoranda = roundMemoranda.memoranda();
		List<ClauseRecord> clauses = roundMemoranda.clauses();
		RoundStatements statements = this.statements.ofRound(round.id());
		Map<FactKind, List<Long>> facts = new EnumMap<>(FactKind.class);
		facts.put(FactKind.ROUND, List.of(round.id()));
		facts.put(FactKind.PROPOSAL, ids(proposals, ProposalRecord::id));
		facts.put(FactKind.MEMORANDUM, ids(memoranda, MemorandumRecord::id));
		facts.put(FactKind.CLAUSE, ids(clauses, ClauseRecord::id));
		facts.put(FactKind.STATEMENT, ids(statements.said(), StatementRecord::id));
		TranslatedTexts texts = this.translations.of(facts);
		Map<CitingFact, List<Long>> citing = new EnumMap<>(CitingFact.class);
		citing.put(CitingFact.ROUND, List.of(round.id()));
		citing.put(CitingFact.DELEGATION, ids(delegations, DelegationRecord::id));
		citing.put(CitingFact.DELEGATION_MEMBER,
				delegations.stream()
					.flatMap((delegation) -> delegation.members().stream())
					.map(MemberRecord::id)
					.toList());
		citing.put(CitingFact.THIRD_PARTY, ids(thirdParties, ThirdPartyRecord::id));
		citing.put(CitingFact.PROPOSAL, ids(proposals, ProposalRecord::id));
		citing.put(CitingFact.EXCHANGE_AGREEMENT, ids(agreements, AgreementRecord::id));
		citing.put(CitingFact.EXCHANGE_STAGE, ids(stages, StageRecord::id));
		citing.put(CitingFact.EXCHANGE_REPORTED_TOTAL, ids(totals, ReportedTotalRecord::id));
		citing.put(CitingFact.MEMORANDUM, ids(memoranda, MemorandumRecord::id));
		citing.put(CitingFact.CLAUSE, ids(clauses, ClauseRecord::id));
		citing.put(CitingFact.STATEMENT, ids(statements.said(), StatementRecord::id));
		Cited cited = this.citations.of(citing);
		// Sources are numbered in the order the page cites them: keep these in page
		// order.
		SourceNumbers sources = new SourceNumbers();
		RoundSummary.Header header = header(round, texts, sources.cite(cited.by(CitingFact.ROUND, round.id())));
		List<DelegationView> delegationViews = delegations(delegations, cited, sources);
		List<ThirdPartyView> thirdPartyViews = thirdParties.stream()
			.map((third) -> new ThirdPartyView(party(third.party()), third.role(), third.note(),
					sources.cite(cited.by(CitingFact.THIRD_PARTY, third.id()))))
			.toList();
		List<PartyProposals> proposalViews = proposals(proposals, texts, cited, sources);
		List<ExchangeView> exchangeViews = exchanges(agreements, stages, totals, cited, sources);
		List<MemorandumView> memorandumViews = memoranda(memoranda, clauses, texts, cited, sources);
		List<StatementView> statementViews = statements(statements, texts, cited, sources);
		List<RoundListing> neighbours = this.rounds.neighbours(round.processId(), round.number());
		return new RoundSummary(header, delegationViews, thirdPartyViews, proposalViews, exchangeViews, memorandumViews,
				statementViews, sources.sources(), neighbour(neighbours, round.number() - 1),
				neighbour(neighbours, round.number() + 1));
	}

	private static RoundSummary.Header header(RoundRecord round, TranslatedTexts texts, List<Integer> sources) {
		return new RoundSummary.Header(round.slug(), round.number(), round.processName(), round.processSlug(),
				round.status(), round.heldOn(), round.city(), round.venue(), round.times(), round.durationMinutes(),
				round.durationPrecision(),
				texts.of(FactKind.ROUND, round.id(), "summary", round.summary(), round.summaryLanguage()),
				texts.of(FactKind.ROUND, round.id(), "outcome", round.outcome(), round.outcomeLanguage()),
				texts.of(FactKind.ROUND, round.id(), "next_steps", round.nextSteps(), round.nextStepsLanguage()),
				round.updatedAt(), sources);
	}

	private static List<DelegationView> delegations(List<DelegationRecord> delegations, Cited cited,
			SourceNumbers sources) {
		return delegations.stream()
			.map((delegation) -> new DelegationView(party(delegation.party()), delegation.members()
				.stream()
				// Heads first, then the team in the order it was reported.
				.sorted(Comparator.comparing((member) -> member.role().ordinal()))
				.map((member) -> new MemberView(person(member.person()), member.title(), member.role(),
						sources.cite(cited.by(CitingFact.DELEGATION_MEMBER, member.id()))))
				.toList(), sources.cite(cited.by(CitingFact.DELEGATION, delegation.id()))))
			.toList();
	}

	private static List<PartyProposals> proposals(List<ProposalRecord> proposals, TranslatedTexts texts, Cited cited,
			SourceNumbers sources) {
		Map<String, PartyRef> parties = new LinkedHashMap<>();
		Map<String, List<ProposalView>> byParty = new LinkedHashMap<>();
		for (ProposalRecord proposal : proposals) {
			parties.putIfAbsent(proposal.party().slug(), party(proposal.party()));
			byParty.computeIfAbsent(proposal.party().slug(), (party) -> new ArrayList<>())
				.add(new ProposalView(proposal.slug(), proposal.category(),
						texts.of(FactKind.PROPOSAL, proposal.id(), "title", proposal.title(), proposal.titleLanguage()),
						texts.of(FactKind.PROPOSAL, proposal.id(), "details", proposal.details(),
								proposal.detailsLanguage()),
						proposal.status(),
						texts.of(FactKind.PROPOSAL, proposal.id(), "response", proposal.response(),
								proposal.responseLanguage()),
						proposal.deadline(), sources.cite(cited.by(CitingFact.PROPOSAL, proposal.id()))));
		}
		return byParty.entrySet()
			.stream()
			.map((entry) -> new PartyProposals(parties.get(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
	}

	private static List<ExchangeView> exchanges(List<AgreementRecord> agreements, List<StageRecord> stages,
			List<ReportedTotalRecord> totals, Cited cited, SourceNumbers sources) {
		Map<Long, List<StageRecord>> stagesOf = new LinkedHashMap<>();
		stages.forEach((stage) -> stagesOf.computeIfAbsent(stage.agreementId(), (id) -> new ArrayList<>()).add(stage));
		Map<Long, List<ReportedTotalRecord>> totalsOf = new LinkedHashMap<>();
		totals.forEach((total) -> totalsOf.computeIfAbsent(total.agreementId(), (id) -> new ArrayList<>()).add(total));
		return agreements.stream().map((agreement) -> {
			List<Integer> agreementSources = sources.cite(cited.by(CitingFact.EXCHANGE_AGREEMENT, agreement.id()));
			List<StageView> stageViews = stagesOf.getOrDefault(agreement.id(), List.of())
				.stream()
				.map((stage) -> new StageView(stage.sequence(),
						new ReportedDate(stage.occurredOn(), stage.occurredPrecision()), stage.announcedOn(),
						stage.sideAReceived(), stage.sideBReceived(), stage.sideAWithheld(), stage.sideBWithheld(),
						stage.note(), sources.cite(cited.by(CitingFact.EXCHANGE_STAGE, stage.id()))))
				.toList();
			List<ReportedTotalView> reported = totalsOf.getOrDefault(agreement.id(), List.of())
				.stream()
				.map((total) -> new ReportedTotalView(total.receivedBy(), total.reportedBy(),
						agreement.party(total.receivedBy()).name(), agreement.party(total.reportedBy()).name(),
						total.total(), total.reportedOn(),
						sources.cite(cited.by(CitingFact.EXCHANGE_REPORTED_TOTAL, total.id())), false))
				.toList();
			return ExchangeView.of(agreement.slug(), agreement.kind(), agreement.allForAll(),
					SideProgress.of(agreement.sideA(), agreement.sideACount(), agreement.sideACountPrecision(),
							stageViews, StageView::sideAReceived, StageView::sideAWithheld),
					SideProgress.of(agreement.sideB(), agreement.sideBCount(), agreement.sideBCountPrecision(),
							stageViews, StageView::sideBReceived, StageView::sideBWithheld),
					agreement.criteria(), agreement.description(), stageViews, reported, agreementSources);
		}).toList();
	}

	private static List<MemorandumView> memoranda(List<MemorandumRecord> memoranda, List<ClauseRecord> clauses,
			TranslatedTexts texts, Cited cited, SourceNumbers sources) {
		Map<Long, List<ClauseRecord>> clausesOf = new LinkedHashMap<>();
		clauses.forEach(
				(clause) -> clausesOf.computeIfAbsent(clause.memorandumId(), (id) -> new ArrayList<>()).add(clause));
		return memoranda.stream().map((memorandum) -> {
			List<Integer> memorandumSources = sources.cite(cited.by(CitingFact.MEMORANDUM, memorandum.id()));
			return new MemorandumView(memorandum.slug(), memorandum.title(), party(memorandum.author()),
					date(memorandum.deliveredOn(), memorandum.deliveredPrecision()), memorandum.publishedOn(),
					texts.of(FactKind.MEMORANDUM, memorandum.id(), "summary", memorandum.summary(),
							memorandum.summaryLanguage()),
					clausesOf.getOrDefault(memorandum.id(), List.of())
						.stream()
						.map((clause) -> new ClauseView(clause.number(), clause.topic(),
								texts.of(FactKind.CLAUSE, clause.id(), "text", clause.text(), clause.textLanguage()),
								sources.cite(cited.by(CitingFact.CLAUSE, clause.id()))))
						.toList(),
					memorandumSources);
		}).toList();
	}

	private static List<StatementView> statements(RoundStatements statements, TranslatedTexts texts, Cited cited,
			SourceNumbers sources) {
		return statements.said().stream().map((statement) -> {
			StatementRecord disputes = statements.disputes(statement);
			return new StatementView(statement.slug(), person(statement.speaker()), statement.speakerTitle(),
					party(statement.party()), date(statement.saidOn(), statement.saidPrecision()),
					texts.of(FactKind.STATEMENT, statement.id(), "text", statement.text(), statement.textLanguage()),
					texts.of(FactKind.STATEMENT, statement.id(), "quote", statement.quote(), statement.quoteLanguage()),
					(disputes != null) ? reference(disputes, texts) : null,
					statements.disputedBy(statement).stream().map((other) -> reference(other, texts)).toList(),
					sources.cite(cited.by(CitingFact.STATEMENT, statement.id())));
		}).toList();
	}

	private static StatementRef reference(StatementRecord statement, TranslatedTexts texts) {
		Name speaker = (statement.speaker() != null) ? statement.speaker().name() : statement.party().name();
		return new StatementRef(statement.slug(), speaker,
				texts.of(FactKind.STATEMENT, statement.id(), "text", statement.text(), statement.textLanguage()));
	}

	private static <T> List<Long> ids(List<T> records, ToLongFunction<T> id) {
		return records.stream().map((record) -> id.applyAsLong(record)).toList();
	}

	private static Optional<RoundListing> neighbour(List<RoundListing> neighbours, int number) {
		return neighbours.stream().filter((listing) -> listing.number() == number).findFirst();
	}

	private static PartyRef party(NamedRef party) {
		return new PartyRef(party.slug(), party.name());
	}

	private static PersonRef person(NamedRef person) {
		return (person != null) ? new PersonRef(person.slug(), person.name()) : null;
	}

	private static ReportedDate date(LocalDate date, DatePrecision precision) {
		return (date != null) ? new ReportedDate(date, precision) : null;
	}

}
