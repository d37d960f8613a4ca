package org.talkstracker.datafile;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.talkstracker.datafile.DataFile.DateEntry;
import org.talkstracker.datafile.DataFile.DelegationEntry;
import org.talkstracker.datafile.DataFile.ExchangeEntry;
import org.talkstracker.datafile.DataFile.MemorandumEntry;
import org.talkstracker.datafile.DataFile.ProcessEntry;
import org.talkstracker.datafile.DataFile.RoundEntry;
import org.talkstracker.datafile.DataFile.StatementEntry;
import org.talkstracker.exchange.RecordedHandover;
import org.talkstracker.round.MemberRole;
import org.talkstracker.round.RoundListing;
import org.talkstracker.text.Text;
import org.talkstracker.text.TextLanguage;

/**
 * Checks what a JSON Schema cannot: that every reference resolves (to the file or to what
 * the database already holds), that keys are unique, and that dates and counts make sense
 * together. Collects every problem rather than stopping at the first.
 */
class DataFileChecker {

	/**
	 * What the database already holds, for references a file makes to it, and its
	 * judgement of handover dates.
	 */
	record Existing(Set<String> sources, Set<String> parties, Set<String> people, Map<String, String> roundProcesses,
			List<RoundListing> roundsOfProcesses, Map<String, String> memorandumProcesses,
			Map<String, Set<String>> statementsByProcess, Set<String> publishedRounds, Set<String> retiredRoundSlugs,
			HandoverDates handoverDates) {
	}

	private final DataFile file;

	private final Existing existing;

	private final List<DataFileProblem> problems = new ArrayList<>();

	private final Set<String> sources = new HashSet<>();

	private final Set<String> parties = new HashSet<>();

	private final Set<String> people = new HashSet<>();

	/**
	 * The file's handovers, each with the day of its round, judged together at the end.
	 */
	private final List<Handover> handovers = new ArrayList<>();

	/** The days the file gives rounds the database holds, with their paths. */
	private final Map<String, String> heldOnPaths = new HashMap<>();

	private final Map<String, LocalDate> heldOn = new HashMap<>();

	private DataFileChecker(DataFile file, Existing existing) {
		this.file = file;
		this.existing = existing;
	}

	static List<DataFileProblem> check(DataFile file, Existing existing) {
		DataFileChecker checker = new DataFileChecker(file, existing);
		checker.checkAll();
		return List.copyOf(checker.problems);
	}

	private void checkAll() {
		this.sources.addAll(unique("$.sources", this.file.sources(), DataFile.SourceEntry::slug, "source"));
		this.sources.addAll(this.existing.sources());
		this.parties.addAll(unique("$.parties", this.file.parties(), DataFile.PartyEntry::slug, "party"));
		this.parties.addAll(this.existing.parties());
		this.people.addAll(unique("$.people", this.file.people(), DataFile.PersonEntry::slug, "person"));
		this.people.addAll(this.existing.people());
		unique("$.processes", this.file.processes(), ProcessEntry::slug, "process");
		Map<String, String> roundsInFile = new HashMap<>();
		Map<String, String> memorandaInFile = new HashMap<>();
		for (int p = 0; p < this.file.processes().size(); p++) {
			ProcessEntry process = this.file.processes().get(p);
			String path = "$.processes[" + p + "]";
			for (int i = 0; i < process.parties().size(); i++) {
				party(path + ".parties[" + i + "]", process.parties().get(i));
			}
			unique(path + ".rounds", process.rounds(), (round) -> String.valueOf(round.number()), "round number");
			for (int r = 0; r < process.rounds().size(); r++) {
				RoundEntry round = process.rounds().get(r);
				String roundPath = path + ".rounds[" + r + "]";
				if (roundsInFile.putIfAbsent(round.slug(), process.slug()) != null) {
					problem(roundPath + ".slug", "the round slug '" + round.slug() + "' is used twice in the file");
				}
				belongsTo(roundPath + ".slug", "round", round.slug(), process.slug(), this.existing.roundProcesses());
				numberFree(roundPath + ".number", round, process);
				withdrawal(roundPath, round);
				checkRound(roundPath, round);
				if (this.existing.roundProcesses().containsKey(round.slug()) && round.heldOn() != null) {
					this.heldOnPaths.put(round.slug(), roundPath + ".heldOn");
					this.heldOn.put(round.slug(), round.heldOn());
				}
			}
			for (int m = 0; m < process.memoranda().size(); m++) {
				MemorandumEntry memorandum = process.memoranda().get(m);
				String memorandumPath = path + ".memoranda[" + m + "]";
				if (memorandaInFile.putIfAbsent(memorandum.slug(), process.slug()) != null) {
					problem(memorandumPath + ".slug",
							"the memorandum slug '" + memorandum.slug() + "' is used twice in the file");
				}
				belongsTo(memorandumPath + ".slug", "memorandum", memorandum.slug(), process.slug(),
						this.existing.memorandumProcesses());
				checkMemorandum(memorandumPath, memorandum, process);
			}
			Set<String> statements = unique(path + ".statements", process.statements(), StatementEntry::slug,
					"statement");
			statements.addAll(this.existing.statementsByProcess().getOrDefault(process.slug(), Set.of()));
			for (int s = 0; s < process.statements().size(); s++) {
				checkStatement(path + ".statements[" + s + "]", process.statements().get(s), process, statements);
			}
			unique(path + ".contextEvents", process.contextEvents(), DataFile.ContextEventEntry::slug, "context event");
			for (int e = 0; e < process.contextEvents().size(); e++) {
				DataFile.ContextEventEntry event = process.contextEvents().get(e);
				String eventPath = path + ".contextEvents[" + e + "]";
				sources(eventPath, event.sources());
				notBefore(eventPath + ".announcedOn", event.announcedOn(), event.occurred(),
						"it was announced before it happened");
			}
		}
		checkHandoverDates();
	}

	/**
	 * A handover is not dated before the round where its agreement was made: neither one
	 * of the file's, nor one the database holds at a round the file gives another day
	 * (unless the file dates that handover anew).
	 */
	private void checkHandoverDates() {
		HandoverDates dates = this.existing.handoverDates();
		Set<Integer> early = dates.precedingTheirRound(this.handovers.stream().map(Handover::occurred).toList(),
				this.handovers.stream().map(Handover::roundDay).toList());
		for (int i = 0; i < this.handovers.size(); i++) {
			Handover handover = this.handovers.get(i);
			if (early.contains(i)) {
				problem(handover.path() + ".occurred", "the handover is dated before the round where its agreement"
						+ " was made (" + handover.occurred().date() + " is before " + handover.roundDay() + ")");
			}
		}
		Set<String> inFile = new HashSet<>();
		this.handovers.forEach((handover) -> inFile.add(handover.key()));
		for (RecordedHandover recorded : dates.recordedBefore(this.heldOn)) {
			if (!inFile.contains(recorded.getRound() + "/" + recorded.getAgreement() + "#" + recorded.getSequence())) {
				problem(this.heldOnPaths.get(recorded.getRound()),
						"the round would be held after a handover the database holds of an exchange agreed at it"
								+ " (stage " + recorded.getSequence() + " of '" + recorded.getAgreement() + "', "
								+ recorded.getOccurredOn() + "): a handover is not dated before the round where its"
								+ " agreement was made");
			}
		}
	}

	private void checkRound(String path, RoundEntry round) {
		sources(path, round.sources());
		texts(path, round.texts(), round::text);
		if (round.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(round.timeZone())) {
			problem(path + ".timeZone",
					"not a time zone: '" + round.timeZone() + "' (an IANA name such as Europe/Istanbul)");
		}
		if (round.startedAt() != null && round.endedAt() != null && !round.endedAt().isAfter(round.startedAt())) {
			problem(path + ".endedAt", "the round ends at or before its start (" + round.startedAt() + ")");
		}
		unique(path + ".delegations", round.delegations(), DelegationEntry::party, "delegation of party");
		for (int d = 0; d < round.delegations().size(); d++) {
			DelegationEntry delegation = round.delegations().get(d);
			String delegationPath = path + ".delegations[" + d + "]";
			party(delegationPath + ".party", delegation.party());
			sources(delegationPath, delegation.sources());
			unique(delegationPath + ".members", delegation.members(), DataFile.MemberEntry::person, "member");
			for (int m = 0; m < delegation.members().size(); m++) {
				String memberPath = delegationPath + ".members[" + m + "]";
				person(memberPath + ".person", delegation.members().get(m).person());
				List<String> cited = delegation.members().get(m).sources();
				for (int i = 0; i < cited.size(); i++) {
					reference(memberPath + ".sources[" + i + "]", "source", cited.get(i), this.sources);
				}
			}
			if (delegation.members().stream().filter((member) -> member.role() == MemberRole.HEAD).count() > 1) {
				problem(delegationPath + ".members", "a delegation has at most one head");
			}
		}
		unique(path + ".thirdParties", round.thirdParties(), (third) -> third.party() + " as " + third.role(),
				"third party");
		for (int t = 0; t < round.thirdParties().size(); t++) {
			party(path + ".thirdParties[" + t + "].party", round.thirdParties().get(t).party());
			sources(path + ".thirdParties[" + t + "]", round.thirdParties().get(t).sources());
		}
		unique(path + ".proposals", round.proposals(), DataFile.ProposalEntry::slug, "proposal");
		for (int p = 0; p < round.proposals().size(); p++) {
			party(path + ".proposals[" + p + "].party", round.proposals().get(p).party());
			texts(path + ".proposals[" + p + "]", round.proposals().get(p).texts(), round.proposals().get(p)::text);
			sources(path + ".proposals[" + p + "]", round.proposals().get(p).sources());
		}
		unique(path + ".exchanges", round.exchanges(), ExchangeEntry::slug, "exchange");
		for (int e = 0; e < round.exchanges().size(); e++) {
			checkExchange(path + ".exchanges[" + e + "]", round.exchanges().get(e), round);
		}
	}

	private void checkExchange(String path, ExchangeEntry exchange, RoundEntry round) {
		party(path + ".sideA.party", exchange.sideA().party());
		party(path + ".sideB.party", exchange.sideB().party());
		if (exchange.sideA().party().equals(exchange.sideB().party())) {
			problem(path + ".sideB.party", "both sides of an exchange are '" + exchange.sideA().party() + "'");
		}
		sources(path, exchange.sources());
		unique(path + ".stages", exchange.stages(), (stage) -> String.valueOf(stage.sequence()), "stage sequence");
		for (int s = 0; s < exchange.stages().size(); s++) {
			DataFile.StageEntry stage = exchange.stages().get(s);
			sources(path + ".stages[" + s + "]", stage.sources());
			notBefore(path + ".stages[" + s + "].announcedOn", stage.announcedOn(), stage.occurred(),
					"it was announced before it happened");
			if (stage.occurred() != null && round.heldOn() != null) {
				this.handovers.add(new Handover(path + ".stages[" + s + "]",
						round.slug() + "/" + exchange.slug() + "#" + stage.sequence(), stage.occurred(),
						round.heldOn()));
			}
			withheld(path + ".stages[" + s + "].sideAReceived", stage.sideAWithheld(), stage.sideAReceived(), "A");
			withheld(path + ".stages[" + s + "].sideBReceived", stage.sideBWithheld(), stage.sideBReceived(), "B");
		}
		List<String> sides = List.of(exchange.sideA().party(), exchange.sideB().party());
		unique(path + ".reportedTotals", exchange.reportedTotals(),
				(total) -> total.receivedBy() + " as " + total.reportedBy() + " reports it", "reported total");
		for (int t = 0; t < exchange.reportedTotals().size(); t++) {
			DataFile.ReportedTotalEntry total = exchange.reportedTotals().get(t);
			String at = path + ".reportedTotals[" + t + "]";
			sources(at, total.sources());
			if (!sides.contains(total.receivedBy())) {
				problem(at + ".receivedBy", "'" + total.receivedBy() + "' is not a party of this exchange");
			}
			if (!sides.contains(total.reportedBy())) {
				problem(at + ".reportedBy", "'" + total.reportedBy() + "' is not a party of this exchange");
			}
		}
	}

	private void withheld(String path, boolean withheld, DataFile.CountsEntry received, String side) {
		if (withheld && received != null && (received.perSideA() != null || received.perSideB() != null)) {
			problem(path, "side " + side + " withheld its figures, so none can be given for it");
		}
	}

	private void checkMemorandum(String path, MemorandumEntry memorandum, ProcessEntry process) {
		party(path + ".author", memorandum.author());
		texts(path, memorandum.texts(), (name) -> memorandum.summaryText());
		sources(path, memorandum.sources());
		round(path + ".round", memorandum.round(), process);
		notBefore(path + ".publishedOn", memorandum.publishedOn(), memorandum.delivered(),
				"it was published before it was delivered");
		unique(path + ".clauses", memorandum.clauses(), (clause) -> String.valueOf(clause.number()), "clause number");
		for (int c = 0; c < memorandum.clauses().size(); c++) {
			// A clause is covered by its memorandum's sources; its own are optional.
			DataFile.ClauseEntry clause = memorandum.clauses().get(c);
			texts(path + ".clauses[" + c + "]", clause.texts(), (name) -> clause.shownText());
			List<String> cited = memorandum.clauses().get(c).sources();
			for (int i = 0; i < cited.size(); i++) {
				reference(path + ".clauses[" + c + "].sources[" + i + "]", "source", cited.get(i), this.sources);
			}
		}
	}

	private void checkStatement(String path, StatementEntry statement, ProcessEntry process, Set<String> statements) {
		party(path + ".party", statement.party());
		if (statement.speaker() != null) {
			person(path + ".speaker", statement.speaker());
		}
		sources(path, statement.sources());
		texts(path, statement.texts(), statement::text);
		round(path + ".round", statement.round(), process);
		if (statement.disputes() != null) {
			if (statement.disputes().equals(statement.slug())) {
				problem(path + ".disputes", "a statement cannot dispute itself");
			}
			else if (!statements.contains(statement.disputes())) {
				problem(path + ".disputes",
						"unknown statement '" + statement.disputes() + "' in process '" + process.slug() + "'");
			}
		}
	}

	/**
	 * A fact's texts' translations: of texts it gives, each into another language than
	 * the text's, at most one into each.
	 */
	private void texts(String path, Map<String, DataFile.TextEntry> texts, Function<String, Text> text) {
		texts.forEach((name, entry) -> {
			String at = path + ".texts." + name;
			if (text.apply(name) == null && !entry.translations().isEmpty()) {
				problem(at + ".translations", "the fact gives no " + name + ", so there is nothing to translate");
			}
			Set<TextLanguage> translated = new HashSet<>();
			for (int i = 0; i < entry.translations().size(); i++) {
				TextLanguage language = entry.translations().get(i).language();
				if (language == entry.language()) {
					problem(at + ".translations[" + i + "].language",
							"a text is not translated into the language it is written in ('" + language.code() + "')");
				}
				else if (!translated.add(language)) {
					problem(at + ".translations[" + i + "].language",
							"the " + name + " has two translations into '" + language.code() + "'");
				}
			}
		});
	}

	private void round(String path, String slug, ProcessEntry process) {
		if (slug == null) {
			return;
		}
		boolean inFile = process.rounds().stream().anyMatch((round) -> round.slug().equals(slug));
		if (!inFile && !process.slug().equals(this.existing.roundProcesses().get(slug))) {
			problem(path, "unknown round '" + slug + "' in process '" + process.slug() + "'");
		}
	}

	private void numberFree(String path, RoundEntry round, ProcessEntry process) {
		this.existing.roundsOfProcesses()
			.stream()
			.filter((other) -> other.processSlug().equals(process.slug()) && other.number() == round.number()
					&& !other.slug().equals(round.slug()))
			.findFirst()
			.ifPresent((other) -> problem(path, "round number " + round.number() + " of process '" + process.slug()
					+ "' is already round '" + other.slug() + "' in the database"));
	}

	/**
	 * A withdrawal needs a public reason, which a data file has no place for: it is made
	 * in the editors' page of the round. And a withdrawn round's address, once the round
	 * is deleted, is never given to another round.
	 */
	private void withdrawal(String path, RoundEntry round) {
		if (!round.published() && this.existing.publishedRounds().contains(round.slug())) {
			problem(path + ".published",
					"the round '" + round.slug() + "' is published, and a file cannot withdraw it:"
							+ " withdrawing a round needs a public reason, given on its editors' page (/admin/rounds/"
							+ round.slug() + "/withdraw); mark it published here or leave the round out");
		}
		if (this.existing.retiredRoundSlugs().contains(round.slug())) {
			problem(path + ".slug", "the address /rounds/" + round.slug()
					+ " was used by a withdrawn round and still says why it is gone; give this round another slug");
		}
	}

	private void belongsTo(String path, String kind, String slug, String process, Map<String, String> existing) {
		String owner = existing.get(slug);
		if (owner != null && !owner.equals(process)) {
			problem(path, "the " + kind + " slug '" + slug + "' already belongs to process '" + owner + "'");
		}
	}

	private void sources(String path, List<String> slugs) {
		if (slugs.isEmpty()) {
			problem(path + ".sources", "a fact needs at least one source");
		}
		for (int i = 0; i < slugs.size(); i++) {
			reference(path + ".sources[" + i + "]", "source", slugs.get(i), this.sources);
		}
	}

	private void party(String path, String slug) {
		reference(path, "party", slug, this.parties);
	}

	private void person(String path, String slug) {
		reference(path, "person", slug, this.people);
	}

	private void reference(String path, String kind, String slug, Set<String> known) {
		if (!known.contains(slug)) {
			problem(path, "unknown " + kind + " '" + slug + "': it is neither in the file nor in the database");
		}
	}

	private void notBefore(String path, LocalDate later, DateEntry earlier, String message) {
		if (later != null && earlier != null && later.isBefore(earlier.date())) {
			problem(path, message + " (" + later + " is before " + earlier.date() + ")");
		}
	}

	/** The keys of the entries, reporting each key used more than once. */
	private <T> Set<String> unique(String path, List<T> entries, Function<T, String> key, String kind) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String value = Objects.toString(key.apply(entries.get(i)));
			if (!seen.add(value)) {
				problem(path + "[" + i + "]", "duplicate " + kind + " '" + value + "'");
			}
		}
		return seen;
	}

	private void problem(String path, String message) {
		this.problems.add(new DataFileProblem(path, message));
	}

	/**
	 * A stage of the file at its path, known by round, agreement and sequence, with the
	 * day of its round.
	 */
	private record Handover(String path, String key, DateEntry occurred, LocalDate roundDay) {
	}

}
