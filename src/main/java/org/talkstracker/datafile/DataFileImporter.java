package org.talkstracker.datafile;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.datafile.DataFile.ExchangeEntry;
import org.talkstracker.datafile.DataFile.MemorandumEntry;
import org.talkstracker.datafile.DataFile.ProcessEntry;
import org.talkstracker.datafile.DataFile.RoundEntry;
import org.talkstracker.datafile.DataFile.StatementEntry;
import org.talkstracker.datafile.DataFile.TextEntry;
import org.talkstracker.datafile.DataFile.TranslationEntry;
import org.talkstracker.editing.FactName;
import org.talkstracker.exchange.ExchangeAgreement;
import org.talkstracker.exchange.ExchangeSide;
import org.talkstracker.exchange.ExchangeAgreementRepository;
import org.talkstracker.exchange.ExchangeStage;
import org.talkstracker.exchange.ReceivedCounts;
import org.talkstracker.exchange.RecordedHandover;
import org.talkstracker.memorandum.Memorandum;
import org.talkstracker.memorandum.MemorandumRepository;
import org.talkstracker.people.Person;
import org.talkstracker.people.PersonRepository;
import org.talkstracker.process.Party;
import org.talkstracker.process.PartyRepository;
import org.talkstracker.process.PeaceProcess;
import org.talkstracker.process.PeaceProcessRepository;
import org.talkstracker.proposal.Proposal;
import org.talkstracker.proposal.ProposalRepository;
import org.talkstracker.round.Round;
import org.talkstracker.round.RoundDuration;
import org.talkstracker.round.RoundTimes;
import org.talkstracker.round.RoundFactNames;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.round.RoundWithdrawalRepository;
import org.talkstracker.source.ReportedDate;
import org.talkstracker.source.Source;
import org.talkstracker.source.SourceRepository;
import org.talkstracker.statement.Statement;
import org.talkstracker.statement.StatementRepository;
import org.talkstracker.timeline.ContextEvent;
import org.talkstracker.text.WrittenTexts;
import org.talkstracker.timeline.ContextEventRepository;
import org.talkstracker.translation.Translations;

/**
 * Imports a data file: validates all of it first, then writes all of it or nothing in one
 * transaction. Records are matched by their slugs (or numbers), so importing the same
 * file again changes nothing.
 */
@Service
public class DataFileImporter {

	private final DataFileReader reader;

	private final SourceRepository sources;

	private final PartyRepository parties;

	private final PersonRepository people;

	private final PeaceProcessRepository processes;

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final ExchangeAgreementRepository exchanges;

	private final MemorandumRepository memoranda;

	private final StatementRepository statements;

	private final ContextEventRepository contextEvents;

	private final RoundWithdrawalRepository withdrawals;

	private final RoundFactNames facts;

	private final Translations translations;

	private final JdbcTemplate jdbc;

	DataFileImporter(DataFileReader reader, SourceRepository sources, PartyRepository parties, PersonRepository people,
			PeaceProcessRepository processes, RoundRepository rounds, ProposalRepository proposals,
			ExchangeAgreementRepository exchanges, MemorandumRepository memoranda, StatementRepository statements,
			ContextEventRepository contextEvents, RoundWithdrawalRepository withdrawals, RoundFactNames facts,
			Translations translations, JdbcTemplate jdbc) {
		this.reader = reader;
		this.sources = sources;
		this.parties = parties;
		this.people = people;
		this.processes = processes;
		this.rounds = rounds;
		this.proposals = proposals;
		this.exchanges = exchanges;
		this.memoranda = memoranda;
		this.statements = statements;
		this.contextEvents = contextEvents;
		this.withdrawals = withdrawals;
		this.facts = facts;
		this.translations = translations;
		this.jdbc = jdbc;
	}

	/**
	 * Imports the file, or throws {@link InvalidDataFileException} with every problem and
	 * writes nothing.
	 */
	@Transactional
	public ImportResult importFile(String name, InputStream input) {
		DataFile file = this.reader.read(name, input);
		Catalogue catalogue = new Catalogue(file);
		List<DataFileProblem> problems = DataFileChecker.check(file, catalogue.existing());
		if (!problems.isEmpty()) {
			throw new InvalidDataFileException(name, problems);
		}
		try {
			ImportResult result = catalogue.write();
			this.rounds.flush();
			List<DataFileProblem> unsourced = catalogue.unsourcedOnRoundsPublished();
			if (!unsourced.isEmpty()) {
				throw new InvalidDataFileException(name, unsourced);
			}
			// What the schema checks at commit (published facts cite sources, handover
			// dates) is checked now, so a dry run, which never commits, is refused as
			// the import would be, and the refusal is reported as the file's problem.
			// Then the checks are deferred again, as the schema declares them all.
			this.jdbc.execute("set constraints all immediate");
			this.jdbc.execute("set constraints all deferred");
			return result;
		}
		catch (DataAccessException ex) {
			throw new InvalidDataFileException(name, List.of(new DataFileProblem("$",
					"the database refused the data: " + ex.getMostSpecificCause().getMessage())));
		}
	}

	/** Counts of what the file holds and how much of it was new. */
	public record ImportResult(int processes, int rounds, int created) {
	}

	/**
	 * Everything the file refers to, looked up in a fixed number of queries, then
	 * written.
	 */
	private final class Catalogue {

		private final DataFile file;

		private final Map<String, Source> sourcesBySlug;

		private final Map<String, Party> partiesBySlug;

		private final Map<String, Person> peopleBySlug;

		private final Map<String, PeaceProcess> processesBySlug;

		private final Map<String, Round> roundsBySlug;

		private final Map<String, Memorandum> memorandaBySlug;

		private final Map<String, Map<String, Statement>> statementsByProcess = new HashMap<>();

		/** The rounds the database holds unpublished before the import. */
		private final Set<String> drafts;

		private int created;

		Catalogue(DataFile file) {
			this.file = file;
			this.sourcesBySlug = bySlug(DataFileImporter.this.sources.findBySlugIn(referencedSources(file)),
					Source::getSlug);
			this.partiesBySlug = bySlug(DataFileImporter.this.parties.findBySlugIn(referencedParties(file)),
					Party::getSlug);
			this.peopleBySlug = bySlug(DataFileImporter.this.people.findBySlugIn(referencedPeople(file)),
					Person::getSlug);
			this.processesBySlug = bySlug(DataFileImporter.this.processes
				.findBySlugIn(file.processes().stream().map(ProcessEntry::slug).toList()), PeaceProcess::getSlug);
			this.roundsBySlug = bySlug(DataFileImporter.this.rounds.findBySlugIn(referencedRounds(file)),
					Round::getSlug);
			this.drafts = this.roundsBySlug.values()
				.stream()
				.filter((round) -> !round.isPublished())
				.map(Round::getSlug)
				.collect(Collectors.toSet());
			this.memorandaBySlug = bySlug(DataFileImporter.this.memoranda.findBySlugIn(file.processes()
				.stream()
				.flatMap((process) -> process.memoranda().stream())
				.map(MemorandumEntry::slug)
				.toList()), Memorandum::getSlug);
			this.processesBySlug.values()
				.forEach((process) -> this.statementsByProcess.put(process.getSlug(),
						bySlug(DataFileImporter.this.statements.findByProcess(process), Statement::getSlug)));
		}

		DataFileChecker.Existing existing() {
			return new DataFileChecker.Existing(this.sourcesBySlug.keySet(), this.partiesBySlug.keySet(),
					this.peopleBySlug.keySet(), ownerProcesses(this.roundsBySlug, Round::getProcess),
					DataFileImporter.this.rounds.findListingsByProcessSlugIn(this.processesBySlug.keySet()),
					ownerProcesses(this.memorandaBySlug, Memorandum::getProcess),
					this.statementsByProcess.entrySet()
						.stream()
						.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().keySet())),
					this.roundsBySlug.values()
						.stream()
						.filter(Round::isPublished)
						.map(Round::getSlug)
						.collect(Collectors.toSet()),
					retiredRoundSlugs(), new SchemaHandoverDates());
		}

		/** The file's round slugs that withdrawn rounds, since deleted, used. */
		private Set<String> retiredRoundSlugs() {
			List<String> slugs = this.file.processes()
				.stream()
				.flatMap((process) -> process.rounds().stream())
				.map(RoundEntry::slug)
				.toList();
			return slugs.isEmpty() ? Set.of() : Set.copyOf(DataFileImporter.this.withdrawals.findRetiredSlugsIn(slugs));
		}

		/**
		 * A round the file publishes is published as an editor publishes it: once every
		 * fact of it cites a source. The file's facts do; one only the database holds of
		 * a round that was a draft may not.
		 */
		List<DataFileProblem> unsourcedOnRoundsPublished() {
			List<DataFileProblem> problems = new ArrayList<>();
			for (int p = 0; p < this.file.processes().size(); p++) {
				List<RoundEntry> entries = this.file.processes().get(p).rounds();
				for (int r = 0; r < entries.size(); r++) {
					RoundEntry entry = entries.get(r);
					if (entry.published() && this.drafts.contains(entry.slug())) {
						List<FactName> unsourced = DataFileImporter.this.facts
							.unsourced(this.roundsBySlug.get(entry.slug()).getId());
						if (!unsourced.isEmpty()) {
							problems.add(new DataFileProblem("$.processes[" + p + "].rounds[" + r + "].published",
									"the round cannot be published while facts of it that only the database holds cite"
											+ " no source: "
											+ unsourced.stream()
												.map((fact) -> fact.getKind().replace('_', ' ') + " '" + fact.getName()
														+ "'")
												.collect(Collectors.joining(", "))));
						}
					}
				}
			}
			return problems;
		}

		ImportResult write() {
			this.file.sources().forEach((entry) -> {
				Source source = this.sourcesBySlug.computeIfAbsent(entry.slug(), (slug) -> created(new Source(slug)));
				source.describe(entry.publisher(), entry.title(), entry.url(), entry.publishedOn(), entry.kind(),
						entry.note());
				DataFileImporter.this.sources.save(source);
			});
			this.file.parties().forEach((entry) -> {
				Party party = this.partiesBySlug.computeIfAbsent(entry.slug(), (slug) -> created(new Party(slug)));
				party.describe(entry.name(), entry.kind());
				if (entry.names() != null) {
					party.rename(entry.fullName());
				}
				party.identify(entry.wikidataId());
				party.identifyInUcdp(entry.ucdpActorId());
				DataFileImporter.this.parties.save(party);
			});
			this.file.people().forEach((entry) -> {
				Person person = this.peopleBySlug.computeIfAbsent(entry.slug(), (slug) -> created(new Person(slug)));
				person.describe(entry.name(), Set.copyOf(entry.aliases()));
				if (entry.names() != null) {
					person.rename(entry.fullName());
				}
				person.identify(entry.wikidataId());
				DataFileImporter.this.people.save(person);
			});
			int roundCount = 0;
			for (ProcessEntry entry : this.file.processes()) {
				PeaceProcess process = this.processesBySlug.computeIfAbsent(entry.slug(),
						(slug) -> created(new PeaceProcess(slug)));
				process.describe(entry.name(), entry.description(), Set.copyOf(partiesOf(entry.parties())));
				if (entry.names() != null) {
					process.rename(entry.fullName());
				}
				process.identify(entry.wikidataId());
				process.identifyInConflictData(entry.ucdpConflictId(), entry.paxProcessId());
				DataFileImporter.this.processes.save(process);
				for (RoundEntry round : entry.rounds()) {
					writeRound(process, round);
					roundCount++;
				}
				entry.memoranda().forEach((memorandum) -> writeMemorandum(process, memorandum));
				writeStatements(process, entry.statements());
				writeContextEvents(process, entry);
			}
			return new ImportResult(this.file.processes().size(), roundCount, this.created);
		}

		/**
		 * The round's time zone: as the file gives it; for times in a file from before
		 * zones, UTC, in which they were entered.
		 */
		private static ZoneId zone(RoundEntry entry) {
			if (entry.timeZone() != null) {
				return ZoneId.of(entry.timeZone());
			}
			boolean timed = new RoundTimes(null, entry.scheduledStart(), entry.startedAt(), entry.endedAt()).isKnown();
			return timed ? ZoneOffset.UTC : null;
		}

		private void writeRound(PeaceProcess process, RoundEntry entry) {
			Round round = this.roundsBySlug.computeIfAbsent(entry.slug(), (slug) -> created(new Round(process, slug)));
			round.schedule(entry.number(), entry.status(), entry.heldOn(), entry.city(), entry.venue());
			// A file that gives no other names (as every file of version 1) keeps those
			// stored.
			round.namePlace((entry.cityNames() != null) ? entry.fullCity() : round.getCityNames(),
					(entry.venueNames() != null) ? entry.fullVenue() : round.getVenueNames());
			round.time(zone(entry), entry.scheduledStart(), entry.startedAt(), entry.endedAt(),
					(entry.duration() != null)
							? new RoundDuration(entry.duration().minutes(), entry.duration().precision()) : null);
			round.report(entry.summary(), entry.outcome(), entry.nextSteps(), sourcesOf(entry.sources()));
			// Never withdrawn by a file: DataFileChecker refuses one that would.
			if (entry.published()) {
				round.publish();
			}
			entry.delegations().forEach((delegationEntry) -> {
				var delegation = round.delegationOf(party(delegationEntry.party()));
				delegationEntry.members()
					.forEach((member) -> delegation.seat(this.peopleBySlug.get(member.person()), member.title(),
							member.role(), sourcesOf(member.sources())));
				delegation.cite(sourcesOf(delegationEntry.sources()));
			});
			entry.thirdParties()
				.forEach((third) -> round.thirdParty(party(third.party()), third.role())
					.report(third.note(), sourcesOf(third.sources())));
			boolean created = round.getId() == null;
			DataFileImporter.this.rounds.save(round);
			writeTexts(round, created, entry.texts());
			writeProposals(round, entry);
			writeExchanges(round, entry);
		}

		private void writeProposals(Round round, RoundEntry entry) {
			Map<String, Proposal> existing = (round.getId() != null)
					? bySlug(DataFileImporter.this.proposals.findByRound(round), Proposal::getSlug) : new HashMap<>();
			for (int i = 0; i < entry.proposals().size(); i++) {
				var proposalEntry = entry.proposals().get(i);
				int position = i;
				Proposal proposal = existing.computeIfAbsent(proposalEntry.slug(),
						(slug) -> created(new Proposal(round, slug, position)));
				proposal.table(party(proposalEntry.party()), proposalEntry.category(), proposalEntry.title(),
						proposalEntry.details(), proposalEntry.deadline(), sourcesOf(proposalEntry.sources()));
				proposal.answer(proposalEntry.status(), proposalEntry.response());
				boolean created = proposal.getId() == null;
				DataFileImporter.this.proposals.save(proposal);
				writeTexts(proposal, created, proposalEntry.texts());
			}
		}

		private void writeExchanges(Round round, RoundEntry entry) {
			Map<String, ExchangeAgreement> existing = (round.getId() != null)
					? bySlug(DataFileImporter.this.exchanges.findByRound(round), ExchangeAgreement::getSlug)
					: new HashMap<>();
			for (int i = 0; i < entry.exchanges().size(); i++) {
				ExchangeEntry exchange = entry.exchanges().get(i);
				int position = i;
				ExchangeAgreement agreement = existing.computeIfAbsent(exchange.slug(),
						(slug) -> created(new ExchangeAgreement(round, slug, position)));
				agreement.agree(exchange.kind(), party(exchange.sideA().party()), exchange.sideA().agreedCount(),
						exchange.sideA().agreedPrecision(), party(exchange.sideB().party()),
						exchange.sideB().agreedCount(), exchange.sideB().agreedPrecision(), exchange.allForAll(),
						exchange.criteria(), exchange.description(), sourcesOf(exchange.sources()));
				exchange.reportedTotals()
					.forEach((total) -> agreement
						.reportTotal(side(exchange, total.receivedBy()), side(exchange, total.reportedBy()))
						.report(total.total(), total.reportedOn(), sourcesOf(total.sources())));
				exchange.stages().forEach((stageEntry) -> {
					ExchangeStage stage = agreement.recordStage(stageEntry.sequence(), date(stageEntry.occurred()));
					stage.report(counts(stageEntry.sideAReceived()), counts(stageEntry.sideBReceived()),
							stageEntry.sideAWithheld(), stageEntry.sideBWithheld(), stageEntry.announcedOn(),
							stageEntry.note(), sourcesOf(stageEntry.sources()));
				});
				DataFileImporter.this.exchanges.save(agreement);
			}
		}

		/** Which side of the agreement the party is; the checker made sure it is one. */
		private static ExchangeSide side(ExchangeEntry exchange, String party) {
			return party.equals(exchange.sideA().party()) ? ExchangeSide.SIDE_A : ExchangeSide.SIDE_B;
		}

		private void writeMemorandum(PeaceProcess process, MemorandumEntry entry) {
			Memorandum memorandum = this.memorandaBySlug.computeIfAbsent(entry.slug(),
					(slug) -> created(new Memorandum(process, slug)));
			memorandum.describe(entry.title(), party(entry.author()), entry.summary(), sourcesOf(entry.sources()));
			if (entry.titleNames() != null) {
				memorandum.entitle(entry.fullTitle());
			}
			memorandum.deliver((entry.round() != null) ? this.roundsBySlug.get(entry.round()) : null,
					date(entry.delivered()), entry.publishedOn());
			entry.clauses()
				.forEach((clause) -> memorandum.clause(clause.number())
					.state(clause.topic(), clause.text(), sourcesOf(clause.sources())));
			boolean created = memorandum.getId() == null;
			Set<Integer> newClauses = entry.clauses()
				.stream()
				.map(DataFile.ClauseEntry::number)
				.filter((number) -> memorandum.clause(number).getId() == null)
				.collect(Collectors.toSet());
			DataFileImporter.this.memoranda.save(memorandum);
			if (entry.clauses().stream().anyMatch((clause) -> !clause.texts().isEmpty())) {
				// New clauses of a memorandum that was stored are written by the flush: a
				// translation refers to them by id.
				DataFileImporter.this.memoranda.flush();
			}
			writeTexts(memorandum, created, entry.texts());
			entry.clauses()
				.forEach((clause) -> writeTexts(memorandum.clause(clause.number()),
						newClauses.contains(clause.number()), clause.texts()));
		}

		private void writeStatements(PeaceProcess process, List<StatementEntry> entries) {
			Map<String, Statement> known = this.statementsByProcess.computeIfAbsent(process.getSlug(),
					(slug) -> new HashMap<>());
			for (StatementEntry entry : entries) {
				Statement statement = known.computeIfAbsent(entry.slug(),
						(slug) -> created(new Statement(process, slug)));
				statement.attribute(party(entry.party()),
						(entry.speaker() != null) ? this.peopleBySlug.get(entry.speaker()) : null, entry.speakerTitle(),
						(entry.round() != null) ? this.roundsBySlug.get(entry.round()) : null, date(entry.said()));
				statement.say(entry.text(), entry.quote(), sourcesOf(entry.sources()));
				boolean created = statement.getId() == null;
				DataFileImporter.this.statements.save(statement);
				writeTexts(statement, created, entry.texts());
			}
			// Disputes may point forward in the file, so they are tied once every
			// statement exists.
			for (StatementEntry entry : entries) {
				known.get(entry.slug()).dispute((entry.disputes() != null) ? known.get(entry.disputes()) : null);
			}
		}

		private void writeContextEvents(PeaceProcess process, ProcessEntry entry) {
			Map<String, ContextEvent> existing = (process.getId() != null)
					? bySlug(DataFileImporter.this.contextEvents.findByProcess(process), ContextEvent::getSlug)
					: new HashMap<>();
			entry.contextEvents().forEach((eventEntry) -> {
				ContextEvent event = existing.computeIfAbsent(eventEntry.slug(),
						(slug) -> created(new ContextEvent(process, slug)));
				event.describe(eventEntry.title(), eventEntry.description(), date(eventEntry.occurred()),
						eventEntry.announcedOn(), sourcesOf(eventEntry.sources()));
				DataFileImporter.this.contextEvents.save(event);
			});
		}

		/**
		 * The languages and translations of a fact's texts, as a file of version 2 gives
		 * them: a text it does not name is in English, untranslated. A file of version 1,
		 * which has no languages or translations, leaves those stored; a new fact without
		 * any has nothing to write.
		 */
		private void writeTexts(WrittenTexts fact, boolean created, Map<String, TextEntry> texts) {
			if (!DataFile.FORMAT.equals(this.file.format()) || (created && texts.isEmpty())) {
				return;
			}
			for (String field : fact.textFields()) {
				TextEntry entry = texts.get(DataFile.textName(field));
				DataFileImporter.this.translations.replace(fact, field, (entry != null) ? entry.language() : null,
						(entry != null) ? entry.translations().stream().map(TranslationEntry::translation).toList()
								: List.of());
			}
		}

		private <T> T created(T entity) {
			this.created++;
			return entity;
		}

		private Party party(String slug) {
			return this.partiesBySlug.get(slug);
		}

		private List<Party> partiesOf(List<String> slugs) {
			return slugs.stream().map(this::party).toList();
		}

		private List<Source> sourcesOf(List<String> slugs) {
			return slugs.stream().map(this.sourcesBySlug::get).toList();
		}

	}

	/**
	 * Handover dates as the schema judges them, asked of the exchange agreements'
	 * repository in one statement for all the handovers given.
	 */
	private final class SchemaHandoverDates implements HandoverDates {

		@Override
		public Set<Integer> precedingTheirRound(List<DateEntry> occurred, List<LocalDate> roundDays) {
			if (occurred.isEmpty()) {
				return Set.of();
			}
			return new HashSet<>(DataFileImporter.this.exchanges.findPrecedingTheirRound(
					occurred.stream().map((date) -> date.date().toString()).toArray(String[]::new),
					occurred.stream().map((date) -> date.precision().name()).toArray(String[]::new),
					roundDays.stream().map(LocalDate::toString).toArray(String[]::new)));
		}

		@Override
		public List<RecordedHandover> recordedBefore(Map<String, LocalDate> roundDays) {
			if (roundDays.isEmpty()) {
				return List.of();
			}
			List<String> slugs = List.copyOf(roundDays.keySet());
			return DataFileImporter.this.exchanges.findPrecedingRoundsHeldOn(slugs.toArray(String[]::new),
					slugs.stream().map((slug) -> roundDays.get(slug).toString()).toArray(String[]::new));
		}

	}

	private static ReportedDate date(DateEntry entry) {
		return (entry != null) ? new ReportedDate(entry.date(), entry.precision()) : null;
	}

	private static ReceivedCounts counts(DataFile.CountsEntry entry) {
		return (entry != null) ? new ReceivedCounts(entry.perSideA(), entry.perSideB()) : ReceivedCounts.NOT_REPORTED;
	}

	private static <T> Map<String, T> bySlug(Collection<T> entities, Function<T, String> slug) {
		return entities.stream().collect(Collectors.toMap(slug, Function.identity(), (a, b) -> a, HashMap::new));
	}

	private static <T> Map<String, String> ownerProcesses(Map<String, T> entities, Function<T, PeaceProcess> process) {
		return entities.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> process.apply(entry.getValue()).getSlug()));
	}

	private static Set<String> referencedSources(DataFile file) {
		return Stream
			.concat(file.sources().stream().map(DataFile.SourceEntry::slug),
					file.processes().stream().flatMap(DataFileImporter::citedSources))
			.collect(Collectors.toSet());
	}

	private static Stream<String> citedSources(ProcessEntry process) {
		Stream<String> rounds = process.rounds()
			.stream()
			.flatMap((round) -> Stream
				.of(round.sources().stream(), round.delegations().stream().flatMap((d) -> d.sources().stream()),
						round.delegations()
							.stream()
							.flatMap((d) -> d.members().stream())
							.flatMap((m) -> m.sources().stream()),
						round.thirdParties().stream().flatMap((t) -> t.sources().stream()),
						round.proposals().stream().flatMap((p) -> p.sources().stream()),
						round.exchanges()
							.stream()
							.flatMap((e) -> Stream.concat(e.sources().stream(),
									e.stages().stream().flatMap((s) -> s.sources().stream()))))
				.flatMap(Function.identity()));
		Stream<String> others = Stream
			.of(process.memoranda()
				.stream()
				.flatMap((m) -> Stream.concat(m.sources().stream(),
						m.clauses().stream().flatMap((c) -> c.sources().stream()))),
					process.statements().stream().flatMap((s) -> s.sources().stream()),
					process.contextEvents().stream().flatMap((e) -> e.sources().stream()))
			.flatMap(Function.identity());
		return Stream.concat(rounds, others);
	}

	private static Set<String> referencedParties(DataFile file) {
		return Stream
			.concat(file.parties().stream().map(DataFile.PartyEntry::slug),
					file.processes()
						.stream()
						.flatMap(
								(process) -> Stream
									.of(process.parties().stream(),
											process.rounds()
												.stream()
												.flatMap((round) -> Stream
													.of(round.delegations().stream().map((d) -> d.party()),
															round.thirdParties().stream().map((t) -> t.party()),
															round.proposals().stream().map((p) -> p.party()),
															round.exchanges()
																.stream()
																.flatMap((e) -> Stream.of(e.sideA().party(),
																		e.sideB().party())))
													.flatMap(Function.identity())),
											process.memoranda().stream().map(MemorandumEntry::author),
											process.statements().stream().map(StatementEntry::party))
									.flatMap(Function.identity())))
			.collect(Collectors.toSet());
	}

	private static Set<String> referencedPeople(DataFile file) {
		return Stream
			.concat(file.people().stream().map(DataFile.PersonEntry::slug),
					file.processes()
						.stream()
						.flatMap((process) -> Stream.concat(
								process.rounds()
									.stream()
									.flatMap((round) -> round.delegations().stream())
									.flatMap((delegation) -> delegation.members().stream())
									.map(DataFile.MemberEntry::person),
								process.statements().stream().map(StatementEntry::speaker))))
			.filter((slug) -> slug != null)
			.collect(Collectors.toSet());
	}

	private static Set<String> referencedRounds(DataFile file) {
		return file.processes()
			.stream()
			.flatMap((process) -> Stream
				.of(process.rounds().stream().map(RoundEntry::slug),
						process.memoranda().stream().map(MemorandumEntry::round),
						process.statements().stream().map(StatementEntry::round))
				.flatMap(Function.identity()))
			.filter((slug) -> slug != null)
			.collect(Collectors.toSet());
	}

}
