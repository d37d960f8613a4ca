package org.talkstracker.release;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFile.ClauseEntry;
import org.talkstracker.datafile.DataFile.CountsEntry;
import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.datafile.DataFile.DelegationEntry;
import org.talkstracker.datafile.DataFile.DurationEntry;
import org.talkstracker.datafile.DataFile.ExchangeEntry;
import org.talkstracker.datafile.DataFile.MemberEntry;
import org.talkstracker.datafile.DataFile.MemorandumEntry;
import org.talkstracker.datafile.DataFile.PartyEntry;
import org.talkstracker.datafile.DataFile.PersonEntry;
import org.talkstracker.datafile.DataFile.ProcessEntry;
import org.talkstracker.datafile.DataFile.ProposalEntry;
import org.talkstracker.datafile.DataFile.RoundEntry;
import org.talkstracker.datafile.DataFile.SourceEntry;
import org.talkstracker.datafile.DataFile.StageEntry;
import org.talkstracker.exchange.CountPrecision;
import org.talkstracker.datafile.DataFile.StatementEntry;
import org.talkstracker.datafile.DataFile.TextEntry;
import org.talkstracker.datafile.DataFile.ThirdPartyEntry;
import org.talkstracker.datafile.DataFile.TranslationEntry;
import org.talkstracker.source.DatePrecision;
import org.talkstracker.text.TextLanguage;

/**
 * What changed between two releases of a round, in readers' words. Each release holds the
 * round as its data file ({@code DataFileWriter.round(slug)}: one process with one round,
 * the memoranda delivered and the statements made at it, and the sources, parties and
 * people they refer to); two of them are compared fact by fact, matched by the keys the
 * import matches them by (proposals, exchanges, memoranda and statements by slug,
 * delegations by party, members by person, third parties by party and role, stages by
 * sequence, clauses by number). The changes come in the order the round page reads: the
 * process and the round's header, delegations, hosts, mediators and observers, proposals,
 * exchanges with their stages, memoranda with their clauses, statements, then parties and
 * people renamed and sources corrected. Long texts are said to be added, revised or
 * removed; short fields show both values. Facts are named as the later release names them
 * (a removed one as the earlier did). Only the order of a list's entries is not compared.
 * Two releases of a memorandum are compared the same way, through the memorandum's page
 * ({@link #betweenMemoranda}).
 */
final class ReleaseDifferences {

	/** A long text was added, as the messages' choice argument numbers it. */
	static final int ADDED = 0;

	/** A long text was revised. */
	static final int REVISED = 1;

	/** A long text was removed. */
	static final int REMOVED = 2;

	private static final ReleaseChange NOT_GIVEN = ReleaseChange.of("release.change.notGiven");

	/** A text a fact's {@code texts} do not name: written in English, untranslated. */
	private static final TextEntry UNTRANSLATED = new TextEntry(TextLanguage.EN, List.of());

	private ReleaseDifferences() {
	}

	/** The changes of a round's first release: that it was published. */
	static List<ReleaseChange> first(DataFile file) {
		onlyRound(onlyProcess(file));
		return List.of(ReleaseChange.of("release.change.first"));
	}

	/**
	 * What changed from one release of a round to the next; empty when readers see no
	 * difference.
	 * @throws IllegalArgumentException when a file does not hold exactly one round
	 */
	static List<ReleaseChange> between(DataFile before, DataFile after) {
		return new Comparison(before, after).changes;
	}

	private static ProcessEntry onlyProcess(DataFile file) {
		if (file.processes().size() != 1) {
			throw new IllegalArgumentException(
					"A release's data file holds one process, not " + file.processes().size());
		}
		return file.processes().get(0);
	}

	/** The changes of a memorandum's first release: that it was published. */
	static List<ReleaseChange> firstOfMemorandum(DataFile file) {
		onlyMemorandum(onlyProcess(file));
		return List.of(ReleaseChange.of("release.change.first"));
	}

	/**
	 * What changed from one release of a memorandum to the next ({@code
	 * DataFileWriter.memorandum(slug)}: its process with only this memorandum, and the
	 * sources and parties it refers to), in the words the round's releases use for it:
	 * the process renamed, the memorandum retitled, its author, dates and summary, its
	 * sources, the round it was delivered at, clauses added, removed or revised, then
	 * parties renamed and sources corrected. Empty when readers see no difference.
	 * @throws IllegalArgumentException when a file does not hold exactly one memorandum
	 */
	static List<ReleaseChange> betweenMemoranda(DataFile before, DataFile after) {
		return new Comparison(before, after, onlyMemorandum(onlyProcess(before)),
				onlyMemorandum(onlyProcess(after))).changes;
	}

	private static MemorandumEntry onlyMemorandum(ProcessEntry process) {
		if (process.memoranda().size() != 1 || !process.rounds().isEmpty()) {
			throw new IllegalArgumentException(
					"A memorandum release's data file holds one memorandum and no round, not "
							+ process.memoranda().size() + " and " + process.rounds().size());
		}
		return process.memoranda().get(0);
	}

	private static RoundEntry onlyRound(ProcessEntry process) {
		if (process.rounds().size() != 1) {
			throw new IllegalArgumentException("A release's data file holds one round, not " + process.rounds().size());
		}
		return process.rounds().get(0);
	}

	/** One comparison, collecting its changes as it goes through the page. */
	private static final class Comparison {

		private final List<ReleaseChange> changes = new ArrayList<>();

		/** Names by slug, the later release's where both have one. */
		private final Map<String, String> parties = new HashMap<>();

		private final Map<String, String> people = new HashMap<>();

		private final Map<String, SourceEntry> sources = new HashMap<>();

		private final Map<String, StatementEntry> statements = new HashMap<>();

		/** Whether a stage must say which exchange it belongs to. */
		private boolean severalExchanges;

		/** Two releases of one memorandum, through its page. */
		Comparison(DataFile before, DataFile after, MemorandumEntry memorandumBefore, MemorandumEntry memorandumAfter) {
			collect(before, after, onlyProcess(before), onlyProcess(after));
			process(onlyProcess(before), onlyProcess(after));
			text("release.change.memorandum.round", memorandumBefore.round(), memorandumAfter.round(),
					ReleaseChange.of("release.change.memorandum", memorandumAfter.title()));
			memorandum(memorandumBefore, memorandumAfter);
			names(before, after);
			sources(before, after);
		}

		/** Two releases of one round, through its page. */
		Comparison(DataFile before, DataFile after) {
			ProcessEntry processBefore = onlyProcess(before);
			ProcessEntry processAfter = onlyProcess(after);
			RoundEntry roundBefore = onlyRound(processBefore);
			RoundEntry roundAfter = onlyRound(processAfter);
			collect(before, after, processBefore, processAfter);
			this.severalExchanges = Math.max(roundBefore.exchanges().size(), roundAfter.exchanges().size()) > 1;

			process(processBefore, processAfter);
			header(roundBefore, roundAfter);
			delegations(roundBefore, roundAfter);
			thirdParties(roundBefore, roundAfter);
			proposals(roundBefore, roundAfter);
			exchanges(roundBefore, roundAfter);
			memoranda(processBefore, processAfter);
			statements(processBefore, processAfter);
			names(before, after);
			sources(before, after);
		}

		/**
		 * The names of what the two files refer to, the later file's where both have one.
		 */
		private void collect(DataFile before, DataFile after, ProcessEntry processBefore, ProcessEntry processAfter) {
			for (DataFile file : List.of(before, after)) {
				file.parties().forEach((party) -> this.parties.put(party.slug(), party.name()));
				file.people().forEach((person) -> this.people.put(person.slug(), person.name()));
				file.sources().forEach((source) -> this.sources.put(source.slug(), source));
			}
			processBefore.statements().forEach((statement) -> this.statements.put(statement.slug(), statement));
			processAfter.statements().forEach((statement) -> this.statements.put(statement.slug(), statement));
		}

		private void process(ProcessEntry before, ProcessEntry after) {
			changed("release.change.process.name", before.name(), after.name());
			text("release.change.process.description", before.description(), after.description());
		}

		private void header(RoundEntry before, RoundEntry after) {
			changed("release.change.round.number", before.number(), after.number());
			changed("release.change.round.status", label("round.status.", before.status()),
					label("round.status.", after.status()));
			changed("release.change.round.heldOn", before.heldOn(), after.heldOn());
			changed("release.change.round.city", before.city(), after.city());
			changed("release.change.round.venue", before.venue(), after.venue());
			changed("release.change.round.timeZone", before.timeZone(), after.timeZone());
			changed("release.change.round.scheduledStart", before.scheduledStart(), after.scheduledStart());
			changed("release.change.round.startedAt", before.startedAt(), after.startedAt());
			changed("release.change.round.endedAt", before.endedAt(), after.endedAt());
			changed("release.change.round.duration", duration(before.duration()), duration(after.duration()));
			text("release.change.round.summary", before.summary(), after.summary());
			text("release.change.round.outcome", before.outcome(), after.outcome());
			text("release.change.round.nextSteps", before.nextSteps(), after.nextSteps());
			translations("release.change.round.text.language", "release.change.round.text.translation", before.texts(),
					after.texts());
			for (String slug : missingFrom(before.sources(), after.sources())) {
				add("release.change.round.sourceAdded", source(slug, true));
			}
			for (String slug : missingFrom(after.sources(), before.sources())) {
				add("release.change.round.sourceRemoved", source(slug, true));
			}
		}

		private void delegations(RoundEntry before, RoundEntry after) {
			match(before.delegations(), after.delegations(), DelegationEntry::party, DelegationEntry::party,
					(added) -> add("release.change.delegation.added", party(added.party())),
					(removed) -> add("release.change.delegation.removed", party(removed.party())), this::delegation);
		}

		private void delegation(DelegationEntry before, DelegationEntry after) {
			String party = party(after.party());
			citations(before.sources(), after.sources(), ReleaseChange.of("release.change.delegation", party));
			match(before.members(), after.members(), MemberEntry::person, MemberEntry::person,
					(added) -> add("release.change.member.added", person(added.person()), party, member(added)),
					(removed) -> add("release.change.member.removed", person(removed.person()), party), (was, is) -> {
						String person = person(is.person());
						changed("release.change.member.role", label("member.role.", was.role()),
								label("member.role.", is.role()), person, party);
						changed("release.change.member.title", was.title(), is.title(), person, party);
					});
		}

		private ReleaseChange member(MemberEntry member) {
			ReleaseChange role = label("member.role.", member.role());
			return (member.title() != null)
					? ReleaseChange.of("release.change.member.roleAndTitle", role, member.title()) : role;
		}

		/**
		 * Third parties are matched by party and role; a party whose only entry changed
		 * its role is one entry whose role changed.
		 */
		private void thirdParties(RoundEntry before, RoundEntry after) {
			Set<String> keysBefore = new HashSet<>(before.thirdParties().stream().map(Comparison::thirdKey).toList());
			Set<String> keysAfter = new HashSet<>(after.thirdParties().stream().map(Comparison::thirdKey).toList());
			List<ThirdPartyEntry> unmatched = new ArrayList<>(
					before.thirdParties().stream().filter((third) -> !keysAfter.contains(thirdKey(third))).toList());
			Map<ThirdPartyEntry, String> keyAfter = new IdentityHashMap<>();
			for (ThirdPartyEntry third : after.thirdParties()) {
				String key = thirdKey(third);
				if (!keysBefore.contains(key)) {
					ThirdPartyEntry sameParty = unmatched.stream()
						.filter((was) -> was.party().equals(third.party()))
						.findFirst()
						.orElse(null);
					if (sameParty != null) {
						unmatched.remove(sameParty);
						key = thirdKey(sameParty);
					}
				}
				keyAfter.put(third, key);
			}
			match(before.thirdParties(), after.thirdParties(), Comparison::thirdKey, keyAfter::get,
					(added) -> add("release.change.thirdParty.added", party(added.party()),
							label("third.role.", added.role())),
					(removed) -> add("release.change.thirdParty.removed", party(removed.party()),
							label("third.role.", removed.role())),
					(was, is) -> {
						ReleaseChange third = ReleaseChange.of("release.change.thirdParty", party(is.party()),
								label("third.role.", is.role()));
						changed("release.change.thirdParty.role", label("third.role.", was.role()),
								label("third.role.", is.role()), party(is.party()));
						text("release.change.thirdParty.note", was.note(), is.note(), third);
						citations(was.sources(), is.sources(), third);
					});
		}

		private static String thirdKey(ThirdPartyEntry third) {
			return third.party() + " " + third.role();
		}

		private void proposals(RoundEntry before, RoundEntry after) {
			match(before.proposals(), after.proposals(), ProposalEntry::slug, ProposalEntry::slug,
					(added) -> add("release.change.proposal.added", added.title(), party(added.party())),
					(removed) -> add("release.change.proposal.removed", removed.title(), party(removed.party())),
					this::proposal);
		}

		private void proposal(ProposalEntry before, ProposalEntry after) {
			ReleaseChange proposal = ReleaseChange.of("release.change.proposal", after.title(), party(after.party()));
			changed("release.change.proposal.title", before.title(), after.title(), party(after.party()));
			changed("release.change.proposal.party", party(before.party()), party(after.party()), after.title());
			changed("release.change.proposal.category", label("proposal.category.", before.category()),
					label("proposal.category.", after.category()), proposal);
			changed("release.change.proposal.status", label("proposal.status.", before.status()),
					label("proposal.status.", after.status()), proposal);
			text("release.change.proposal.details", before.details(), after.details(), proposal);
			text("release.change.proposal.response", before.response(), after.response(), proposal);
			translations("release.change.text.language", "release.change.text.translation", before.texts(),
					after.texts(), proposal);
			changed("release.change.proposal.deadline", before.deadline(), after.deadline(), proposal);
			citations(before.sources(), after.sources(), proposal);
		}

		private void exchanges(RoundEntry before, RoundEntry after) {
			match(before.exchanges(), after.exchanges(), ExchangeEntry::slug, ExchangeEntry::slug,
					(added) -> add("release.change.exchange.added", label("exchange.kind.", added.kind()),
							party(added.sideA().party()), party(added.sideB().party())),
					(removed) -> add("release.change.exchange.removed", label("exchange.kind.", removed.kind()),
							party(removed.sideA().party()), party(removed.sideB().party())),
					this::exchange);
		}

		private void exchange(ExchangeEntry before, ExchangeEntry after) {
			String sideA = party(after.sideA().party());
			String sideB = party(after.sideB().party());
			ReleaseChange exchange = ReleaseChange.of("release.change.exchange", label("exchange.kind.", after.kind()),
					sideA, sideB);
			changed("release.change.exchange.kind", label("exchange.kind.", before.kind()),
					label("exchange.kind.", after.kind()), exchange);
			if (before.allForAll() != after.allForAll()) {
				add(after.allForAll() ? "release.change.exchange.allForAll" : "release.change.exchange.notAllForAll",
						exchange);
			}
			if (!before.sideA().party().equals(after.sideA().party())
					|| !before.sideB().party().equals(after.sideB().party())) {
				add("release.change.exchange.sides", exchange, party(before.sideA().party()),
						party(before.sideB().party()), sideA, sideB);
			}
			agreed(exchange, sideA, before.sideA().agreedCount(), after.sideA().agreedCount());
			agreed(exchange, sideB, before.sideB().agreedCount(), after.sideB().agreedCount());
			changed("release.change.exchange.precision", precision(before.sideA()), precision(after.sideA()), exchange,
					sideA);
			changed("release.change.exchange.precision", precision(before.sideB()), precision(after.sideB()), exchange,
					sideB);
			match(before.reportedTotals(), after.reportedTotals(), ReleaseDifferences.Comparison::reportKey,
					ReleaseDifferences.Comparison::reportKey,
					(added) -> add("release.change.reportedTotal.added", exchange, party(added.receivedBy()),
							party(added.reportedBy()), added.total()),
					(removed) -> add("release.change.reportedTotal.removed", exchange, party(removed.receivedBy()),
							party(removed.reportedBy()), removed.total()),
					(was, is) -> {
						changed("release.change.reportedTotal", was.total(), is.total(), exchange,
								party(is.receivedBy()), party(is.reportedBy()));
						citations(was.sources(), is.sources(), exchange);
					});
			text("release.change.exchange.criteria", before.criteria(), after.criteria(), exchange);
			text("release.change.exchange.description", before.description(), after.description(), exchange);
			citations(before.sources(), after.sources(), exchange);
			match(before.stages(), after.stages(), StageEntry::sequence, StageEntry::sequence,
					(added) -> add("release.change.stage.added", stage(exchange, added, true)),
					(removed) -> add("release.change.stage.removed", stage(exchange, removed, true)),
					(was, is) -> stage(exchange, sideA, sideB, was, is));
		}

		/** How exact a side's agreed count is; none for exact. */
		private static ReleaseChange precision(DataFile.SideEntry side) {
			CountPrecision precision = (side.agreedPrecision() != null) ? side.agreedPrecision() : CountPrecision.EXACT;
			return ReleaseChange.of("exchange.countPrecision." + precision.name());
		}

		private static String reportKey(DataFile.ReportedTotalEntry total) {
			return total.receivedBy() + " " + total.reportedBy();
		}

		private void agreed(ReleaseChange exchange, String side, Integer before, Integer after) {
			if (Objects.equals(before, after)) {
				return;
			}
			if (before == null) {
				add("release.change.exchange.agreed.added", exchange, side, after);
			}
			else if (after == null) {
				add("release.change.exchange.agreed.removed", exchange, side, before);
			}
			else {
				add("release.change.exchange.agreed", exchange, side, before, after);
			}
		}

		private void stage(ReleaseChange exchange, String sideA, String sideB, StageEntry before, StageEntry after) {
			ReleaseChange stage = stage(exchange, after, true);
			changed("release.change.stage.date", reported(before.occurred()), reported(after.occurred()),
					stage(exchange, after, false));
			changed("release.change.stage.announcedOn", before.announcedOn(), after.announcedOn(), stage);
			received(stage, sideA, sideA, perSideA(before.sideAReceived()), perSideA(after.sideAReceived()));
			received(stage, sideA, sideB, perSideB(before.sideAReceived()), perSideB(after.sideAReceived()));
			received(stage, sideB, sideA, perSideA(before.sideBReceived()), perSideA(after.sideBReceived()));
			received(stage, sideB, sideB, perSideB(before.sideBReceived()), perSideB(after.sideBReceived()));
			withheld(stage, sideA, before.sideAWithheld(), after.sideAWithheld());
			withheld(stage, sideB, before.sideBWithheld(), after.sideBWithheld());
			text("release.change.stage.note", before.note(), after.note(), stage);
			citations(before.sources(), after.sources(), stage);
		}

		/**
		 * "Stage 5, 16 June 2025", naming its exchange when the round has more than one.
		 */
		private ReleaseChange stage(ReleaseChange exchange, StageEntry stage, boolean dated) {
			Object date = dated ? reported(stage.occurred()) : null;
			if (this.severalExchanges) {
				return (date != null)
						? ReleaseChange.of("release.change.stage.ofExchange.dated", exchange, stage.sequence(), date)
						: ReleaseChange.of("release.change.stage.ofExchange", exchange, stage.sequence());
			}
			return (date != null) ? ReleaseChange.of("release.change.stage.dated", stage.sequence(), date)
					: ReleaseChange.of("release.change.stage", stage.sequence());
		}

		/** What one side received, as one side reports it. */
		private void received(ReleaseChange stage, String receiver, String reporter, Integer before, Integer after) {
			if (Objects.equals(before, after)) {
				return;
			}
			if (before == null) {
				add("release.change.stage.received.added", stage, receiver, after, reporter);
			}
			else if (after == null) {
				add("release.change.stage.received.removed", stage, receiver, before, reporter);
			}
			else {
				add("release.change.stage.received", stage, receiver, before, after, reporter);
			}
		}

		private void withheld(ReleaseChange stage, String side, boolean before, boolean after) {
			if (before != after) {
				add(after ? "release.change.stage.withheld" : "release.change.stage.withheld.lifted", stage, side);
			}
		}

		private static Integer perSideA(CountsEntry counts) {
			return (counts != null) ? counts.perSideA() : null;
		}

		private static Integer perSideB(CountsEntry counts) {
			return (counts != null) ? counts.perSideB() : null;
		}

		private void memoranda(ProcessEntry before, ProcessEntry after) {
			match(before.memoranda(), after.memoranda(), MemorandumEntry::slug, MemorandumEntry::slug,
					(added) -> add("release.change.memorandum.added", added.title(), party(added.author())),
					(removed) -> add("release.change.memorandum.removed", removed.title(), party(removed.author())),
					this::memorandum);
		}

		private void memorandum(MemorandumEntry before, MemorandumEntry after) {
			ReleaseChange memorandum = ReleaseChange.of("release.change.memorandum", after.title());
			changed("release.change.memorandum.title", before.title(), after.title());
			changed("release.change.memorandum.author", party(before.author()), party(after.author()), memorandum);
			changed("release.change.memorandum.delivered", reported(before.delivered()), reported(after.delivered()),
					memorandum);
			changed("release.change.memorandum.publishedOn", before.publishedOn(), after.publishedOn(), memorandum);
			text("release.change.memorandum.summary", before.summary(), after.summary(), memorandum);
			translations("release.change.text.language", "release.change.text.translation", before.texts(),
					after.texts(), memorandum);
			citations(before.sources(), after.sources(), memorandum);
			match(before.clauses(), after.clauses(), ClauseEntry::number, ClauseEntry::number,
					(added) -> add("release.change.clause.added", memorandum, added.number(),
							label("clause.topic.", added.topic())),
					(removed) -> add("release.change.clause.removed", memorandum, removed.number()), (was, is) -> {
						ReleaseChange clause = ReleaseChange.of("release.change.clause", memorandum, is.number());
						changed("release.change.clause.topic", label("clause.topic.", was.topic()),
								label("clause.topic.", is.topic()), clause);
						text("release.change.clause.text", was.text(), is.text(), clause);
						translations("release.change.text.language", "release.change.text.translation", was.texts(),
								is.texts(), clause);
						citations(was.sources(), is.sources(), clause);
					});
		}

		private void statements(ProcessEntry before, ProcessEntry after) {
			match(before.statements(), after.statements(), StatementEntry::slug, StatementEntry::slug,
					(added) -> add(statementChange("release.change.statement.added",
							"release.change.statement.added.dated", added)),
					(removed) -> add(statementChange("release.change.statement.removed",
							"release.change.statement.removed.dated", removed)),
					this::statement);
		}

		private void statement(StatementEntry before, StatementEntry after) {
			ReleaseChange statement = statement(after);
			changed("release.change.statement.speaker", personOrNull(before.speaker()), personOrNull(after.speaker()),
					statement);
			changed("release.change.statement.speakerTitle", before.speakerTitle(), after.speakerTitle(), statement);
			changed("release.change.statement.party", party(before.party()), party(after.party()), statement);
			changed("release.change.statement.said", reported(before.said()), reported(after.said()),
					ReleaseChange.of("release.change.statement", speaker(after)));
			text("release.change.statement.text", before.text(), after.text(), statement);
			text("release.change.statement.quote", before.quote(), after.quote(), statement);
			translations("release.change.text.language", "release.change.text.translation", before.texts(),
					after.texts(), statement);
			if (!Objects.equals(before.disputes(), after.disputes())) {
				if (before.disputes() == null) {
					add("release.change.statement.disputes.added", statement, disputed(after.disputes()));
				}
				else if (after.disputes() == null) {
					add("release.change.statement.disputes.removed", statement, disputed(before.disputes()));
				}
				else {
					add("release.change.statement.disputes", statement, disputed(before.disputes()),
							disputed(after.disputes()));
				}
			}
			citations(before.sources(), after.sources(), statement);
		}

		/** "Statement by Vladimir Medinsky (Russia), 2 June 2025". */
		private ReleaseChange statement(StatementEntry statement) {
			return statementChange("release.change.statement", "release.change.statement.dated", statement);
		}

		private ReleaseChange statementChange(String undated, String dated, StatementEntry statement) {
			Object said = reported(statement.said());
			return (said != null) ? ReleaseChange.of(dated, speaker(statement), said)
					: ReleaseChange.of(undated, speaker(statement));
		}

		/** "Vladimir Medinsky (Russia)", or the party alone when no person is named. */
		private Object speaker(StatementEntry statement) {
			return (statement.speaker() != null) ? ReleaseChange.of("release.change.statement.speakerAndParty",
					person(statement.speaker()), party(statement.party())) : party(statement.party());
		}

		private Object disputed(String slug) {
			StatementEntry disputed = this.statements.get(slug);
			return (disputed != null) ? statement(disputed) : slug;
		}

		private void names(DataFile before, DataFile after) {
			Map<String, PartyEntry> partiesBefore = bySlug(before.parties(), PartyEntry::slug);
			for (PartyEntry party : after.parties()) {
				PartyEntry was = partiesBefore.get(party.slug());
				if (was != null) {
					changed("release.change.party.name", was.name(), party.name());
				}
			}
			Map<String, PersonEntry> peopleBefore = bySlug(before.people(), PersonEntry::slug);
			for (PersonEntry person : after.people()) {
				PersonEntry was = peopleBefore.get(person.slug());
				if (was != null) {
					changed("release.change.person.name", was.name(), person.name());
					for (String alias : missingFrom(was.aliases(), person.aliases())) {
						add("release.change.person.aliasAdded", person.name(), alias);
					}
					for (String alias : missingFrom(person.aliases(), was.aliases())) {
						add("release.change.person.aliasRemoved", person.name(), alias);
					}
				}
			}
		}

		private void sources(DataFile before, DataFile after) {
			Map<String, SourceEntry> sourcesBefore = bySlug(before.sources(), SourceEntry::slug);
			for (SourceEntry source : after.sources()) {
				SourceEntry was = sourcesBefore.get(source.slug());
				if (was != null) {
					ReleaseChange named = source(source.slug(), false);
					changed("release.change.source.publisher", was.publisher(), source.publisher(), source.title());
					changed("release.change.source.title", was.title(), source.title(), source.publisher());
					changed("release.change.source.url", was.url(), source.url(), named);
					changed("release.change.source.publishedOn", was.publishedOn(), source.publishedOn(), named);
					changed("release.change.source.kind", label("source.kind.", was.kind()),
							label("source.kind.", source.kind()), named);
					text("release.change.source.note", was.note(), source.note(), named);
				}
			}
		}

		/** The sources a fact cites that were added and removed. */
		private void citations(List<String> before, List<String> after, ReleaseChange fact) {
			for (String slug : missingFrom(before, after)) {
				add("release.change.sourceAdded", fact, source(slug, true));
			}
			for (String slug : missingFrom(after, before)) {
				add("release.change.sourceRemoved", fact, source(slug, true));
			}
		}

		/** "The Moscow Times, “Title”, 2 June 2025". */
		private ReleaseChange source(String slug, boolean dated) {
			SourceEntry source = this.sources.get(slug);
			if (source == null) {
				return ReleaseChange.of("release.change.source", slug, slug);
			}
			return (dated && source.publishedOn() != null)
					? ReleaseChange.of("release.change.source.dated", source.publisher(), source.title(),
							source.publishedOn())
					: ReleaseChange.of("release.change.source", source.publisher(), source.title());
		}

		private String party(String slug) {
			return this.parties.getOrDefault(slug, slug);
		}

		private String person(String slug) {
			return this.people.getOrDefault(slug, slug);
		}

		private String personOrNull(String slug) {
			return (slug != null) ? person(slug) : null;
		}

		private static ReleaseChange duration(DurationEntry duration) {
			if (duration == null) {
				return null;
			}
			return ReleaseChange.of("round.duration." + duration.precision().name(), duration.minutes());
		}

		/** A reported date in its precision: a day, a month, or about a day. */
		private static Object reported(DateEntry date) {
			if (date == null || date.date() == null) {
				return null;
			}
			if (date.precision() == DatePrecision.MONTH) {
				return YearMonth.from(date.date());
			}
			if (date.precision() == DatePrecision.APPROXIMATE) {
				return ReleaseChange.of("date.approximate", date.date());
			}
			return date.date();
		}

		/** An enum's label, such as {@code round.status.HELD}; null for none. */
		private static ReleaseChange label(String prefix, Enum<?> value) {
			return (value != null) ? ReleaseChange.of(prefix + value.name()) : null;
		}

		/**
		 * A short field that changed: the message's leading arguments, then the earlier
		 * and the later value.
		 */
		private void changed(String key, Object before, Object after, Object... leading) {
			if (!Objects.equals(before, after)) {
				Object[] args = Arrays.copyOf(leading, leading.length + 2);
				args[leading.length] = shown(before);
				args[leading.length + 1] = shown(after);
				add(key, args);
			}
		}

		/** A long text that changed: added, revised or removed, never printed. */
		private void text(String key, String before, String after, Object... leading) {
			if (!Objects.equals(before, after)) {
				Object[] args = Arrays.copyOf(leading, leading.length + 1);
				args[leading.length] = (before == null) ? ADDED : (after == null) ? REMOVED : REVISED;
				add(key, args);
			}
		}

		/**
		 * What changed of the languages and translations of a fact's texts: a text now
		 * said to be written in another language, a translation added, revised or removed
		 * (never printed, as the texts are not).
		 */
		private void translations(String languageKey, String translationKey, Map<String, TextEntry> before,
				Map<String, TextEntry> after, Object... leading) {
			Set<String> names = new LinkedHashSet<>(after.keySet());
			names.addAll(before.keySet());
			for (String name : names) {
				TextEntry was = before.getOrDefault(name, UNTRANSLATED);
				TextEntry is = after.getOrDefault(name, UNTRANSLATED);
				if (was.language() != is.language()) {
					add(languageKey, with(leading, name, is.language().code()));
				}
				for (TextLanguage language : TextLanguage.values()) {
					TranslationEntry wasTranslated = translation(was, language);
					TranslationEntry isTranslated = translation(is, language);
					if (!Objects.equals(wasTranslated, isTranslated)) {
						add(translationKey, with(leading, name, language.code(),
								(wasTranslated == null) ? ADDED : (isTranslated == null) ? REMOVED : REVISED));
					}
				}
			}
		}

		private static TranslationEntry translation(TextEntry text, TextLanguage language) {
			return text.translations()
				.stream()
				.filter((translation) -> translation.language() == language)
				.findFirst()
				.orElse(null);
		}

		private static Object[] with(Object[] leading, Object... more) {
			Object[] args = Arrays.copyOf(leading, leading.length + more.length);
			System.arraycopy(more, 0, args, leading.length, more.length);
			return args;
		}

		private static Object shown(Object value) {
			return (value != null) ? value : NOT_GIVEN;
		}

		private void add(String key, Object... args) {
			this.changes.add(ReleaseChange.of(key, args));
		}

		private void add(ReleaseChange change) {
			this.changes.add(change);
		}

		/**
		 * Goes through two lists of facts matched by key, in the later list's order, with
		 * each fact only the earlier list has where it stood.
		 */
		private static <T, K> void match(List<T> before, List<T> after, Function<T, K> keyBefore,
				Function<T, K> keyAfter, Consumer<T> added, Consumer<T> removed, BiConsumer<T, T> both) {
			Map<K, Integer> positionBefore = new HashMap<>();
			for (int i = 0; i < before.size(); i++) {
				positionBefore.put(keyBefore.apply(before.get(i)), i);
			}
			Set<K> keysAfter = new HashSet<>(after.stream().map(keyAfter).toList());
			int next = 0;
			for (T fact : after) {
				Integer position = positionBefore.get(keyAfter.apply(fact));
				if (position == null) {
					added.accept(fact);
					continue;
				}
				for (; next < position; next++) {
					if (!keysAfter.contains(keyBefore.apply(before.get(next)))) {
						removed.accept(before.get(next));
					}
				}
				next = Math.max(next, position + 1);
				both.accept(before.get(position), fact);
			}
			for (; next < before.size(); next++) {
				if (!keysAfter.contains(keyBefore.apply(before.get(next)))) {
					removed.accept(before.get(next));
				}
			}
		}

		private static <T> Map<String, T> bySlug(List<T> entries, Function<T, String> slug) {
			Map<String, T> bySlug = new HashMap<>();
			entries.forEach((entry) -> bySlug.put(slug.apply(entry), entry));
			return bySlug;
		}

		/** The entries of one list that the other lacks, in order. */
		private static <T> List<T> missingFrom(List<T> from, List<T> in) {
			Set<T> present = new HashSet<>(from);
			return in.stream().filter((entry) -> !present.contains(entry)).toList();
		}

	}

}
