package org.talkstracker.release;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.web.IcuMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What changed between two releases of a round, as a reader reads it in English: data
 * files of one round, the second edited as an editor would, compared.
 */
class ReleaseDifferencesTests {

	/** Read as the data file reader reads it: enums in any case, absent flags false. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final IcuMessageSource MESSAGES = messages();

	/**
	 * A round as DataFileWriter.round(slug) writes it: one process, one round, its
	 * memorandum and statement, and what they refer to.
	 */
	private static final String ROUND = """
			{
			  "format": "talks-tracker/1",
			  "sources": [
			    {"slug": "moscow-times-2025-06-02", "publisher": "The Moscow Times",
			     "title": "Russia and Ukraine hold second round of talks in Istanbul", "publishedOn": "2025-06-02",
			     "kind": "independent"},
			    {"slug": "reuters-2025-06-16", "publisher": "Reuters", "title": "Russia and Ukraine swap bodies",
			     "publishedOn": "2025-06-16", "kind": "independent"}
			  ],
			  "parties": [
			    {"slug": "russia", "name": "Russia", "kind": "state"},
			    {"slug": "turkey", "name": "Turkey", "kind": "state"},
			    {"slug": "ukraine", "name": "Ukraine", "kind": "state"}
			  ],
			  "people": [
			    {"slug": "rustem-umerov", "name": "Rustem Umerov", "aliases": ["Umierov"]},
			    {"slug": "sergiy-kyslytsya", "name": "Sergiy Kyslytsya"},
			    {"slug": "vladimir-medinsky", "name": "Vladimir Medinsky"}
			  ],
			  "processes": [{
			    "slug": "russia-ukraine-2025", "name": "Russia–Ukraine direct talks (2025)",
			    "parties": ["russia", "ukraine"],
			    "rounds": [{
			      "slug": "istanbul-2025-06-02", "number": 2, "status": "held", "published": true,
			      "city": "Istambul", "heldOn": "2025-06-02", "duration": {"minutes": 60, "precision": "at_least"},
			      "summary": "Second meeting of the delegations.",
			      "sources": ["moscow-times-2025-06-02"],
			      "delegations": [
			        {"party": "ukraine", "members": [
			          {"person": "rustem-umerov", "title": "Defence Minister", "role": "head"},
			          {"person": "sergiy-kyslytsya", "title": "First Deputy Foreign Minister", "role": "member"}],
			         "sources": ["moscow-times-2025-06-02"]},
			        {"party": "russia", "members": [
			          {"person": "vladimir-medinsky", "title": "Presidential aide", "role": "head"}],
			         "sources": ["moscow-times-2025-06-02"]}
			      ],
			      "thirdParties": [{"party": "turkey", "role": "host", "sources": ["moscow-times-2025-06-02"]}],
			      "proposals": [
			        {"slug": "russia-ceasefire", "party": "russia", "category": "ceasefire",
			         "title": "Ceasefire to recover bodies", "status": "proposed", "sources": ["moscow-times-2025-06-02"]}
			      ],
			      "exchanges": [{
			        "slug": "bodies-6000-each", "kind": "bodies",
			        "sideA": {"party": "russia", "agreedCount": 6000}, "sideB": {"party": "ukraine", "agreedCount": 6000},
			        "sources": ["moscow-times-2025-06-02"],
			        "stages": [
			          {"sequence": 1, "occurred": {"date": "2025-06-11", "precision": "day"},
			           "sideBReceived": {"perSideA": 1212, "perSideB": 1212}, "sources": ["reuters-2025-06-16"]},
			          {"sequence": 5, "occurred": {"date": "2025-06-16", "precision": "day"},
			           "sideAReceived": {"perSideA": 27, "perSideB": 27},
			           "sideBReceived": {"perSideA": 1245, "perSideB": 1245}, "sources": ["reuters-2025-06-16"]}
			        ]
			      }]
			    }],
			    "memoranda": [{
			      "slug": "russian-memorandum", "title": "Russian memorandum", "author": "russia",
			      "round": "istanbul-2025-06-02", "delivered": {"date": "2025-06-02", "precision": "day"},
			      "sources": ["moscow-times-2025-06-02"],
			      "clauses": [{"number": 1, "topic": "ceasefire_conditions", "text": "A ceasefire on conditions.",
			                   "sources": ["moscow-times-2025-06-02"]}]
			    }],
			    "statements": [{
			      "slug": "medinsky-children", "round": "istanbul-2025-06-02", "speaker": "vladimir-medinsky",
			      "party": "russia", "said": {"date": "2025-06-02", "precision": "day"},
			      "text": "Medinsky disputed the figures on children.", "sources": ["moscow-times-2025-06-02"]
			    }]
			  }]
			}""";

	private static final String R = "/processes/0/rounds/0";

	private static final String STAGE_5 = R + "/exchanges/0/stages/1";

	@Test
	void identicalReleasesHaveNoChanges() {
		assertThat(ReleaseDifferences.between(round(), round())).isEmpty();
	}

	@Test
	void theReferenceRoundChangesOnlyWhereEdited() throws IOException {
		assertThat(ReleaseDifferences.between(referenceRound(), referenceRound())).isEmpty();
		DataFile edited = referenceRound((file) -> ((ArrayNode) file.at(R + "/proposals")).remove(0));
		assertThat(sentences(ReleaseDifferences.between(referenceRound(), edited))).containsExactly(
				"Proposal removed: \u201cTwo-to-three-day ceasefire on parts of the front line to recover bodies\u201d (Russia)");
	}

	@Test
	void aFirstReleaseIsFirstPublished() throws IOException {
		assertThat(sentences(ReleaseDifferences.first(referenceRound()))).containsExactly("First published");
	}

	@Test
	void aFileOfTwoRoundsIsNoRelease() {
		DataFile two = edited((file) -> rounds(file).add(rounds(file).get(0).deepCopy()));
		assertThatIllegalArgumentException().isThrownBy(() -> ReleaseDifferences.between(round(), two))
			.withMessageContaining("one round, not 2");
	}

	@Nested
	class Header {

		@Test
		void aCorrectedCityShowsBothSpellings() {
			DataFile after = edited((file) -> set(file, R, "city", "Istanbul"));
			assertThat(changesTo(after)).containsExactly("City: Istambul \u2192 Istanbul");
		}

		@Test
		void aStatusChangeGivesBothLabels() {
			DataFile after = edited((file) -> set(file, R, "status", "postponed"));
			assertThat(changesTo(after)).containsExactly("Status: Held \u2192 Postponed");
		}

		@Test
		void longTextsAreSaidToBeRevisedAddedOrRemovedNotPrinted() {
			DataFile after = edited((file) -> {
				set(file, R, "summary", "Second meeting of the delegations, for a little over an hour.");
				set(file, R, "outcome", "A new exchange of bodies.");
			});
			assertThat(changesTo(after)).containsExactly("Summary revised", "Outcome added");
			assertThat(sentences(ReleaseDifferences.between(after, round()))).containsExactly("Summary revised",
					"Outcome removed");
		}

		@Test
		void aDurationAndATimeAreWrittenOut() {
			DataFile after = edited((file) -> {
				set(file, R, "startedAt", "2025-06-02T10:35:00.000000Z");
				((ObjectNode) file.at(R + "/duration")).put("minutes", 75).put("precision", "exact");
			});
			assertThat(changesTo(after)).containsExactly("Started: not given \u2192 2 June 2025, 10:35 UTC",
					"Duration: more than 60 minutes \u2192 75 minutes");
		}

		@Test
		void aSourceAddedToTheRoundAndOneRemovedAreNamed() {
			DataFile after = edited((file) -> {
				ArrayNode sources = (ArrayNode) file.at(R + "/sources");
				sources.removeAll();
				sources.add("reuters-2025-06-16");
			});
			assertThat(changesTo(after)).containsExactly(
					"Source added: Reuters, \u201cRussia and Ukraine swap bodies\u201d, 16 June 2025",
					"Source removed: The Moscow Times, \u201cRussia and Ukraine hold second round of talks in Istanbul\u201d, 2 June 2025");
		}

	}

	@Nested
	class Delegations {

		@Test
		void aMemberRemovedIsNamedWithTheDelegation() {
			DataFile after = edited((file) -> ((ArrayNode) file.at(R + "/delegations/0/members")).remove(1));
			assertThat(changesTo(after)).containsExactly("Sergiy Kyslytsya removed from the delegation of Ukraine");
		}

		@Test
		void aMemberAddedComesWithRoleAndTitle() {
			DataFile before = edited((file) -> ((ArrayNode) file.at(R + "/delegations/0/members")).remove(1));
			assertThat(sentences(ReleaseDifferences.between(before, round()))).containsExactly(
					"Sergiy Kyslytsya added to the delegation of Ukraine: Member, First Deputy Foreign Minister");
		}

		@Test
		void aTitleAndARoleChanged() {
			DataFile after = edited((file) -> {
				set(file, R + "/delegations/0/members/0", "title", "Secretary of the National Security Council");
				set(file, R + "/delegations/0/members/1", "role", "head");
				set(file, R + "/delegations/0/members/0", "role", "member");
			});
			assertThat(changesTo(after)).containsExactly(
					"Rustem Umerov (delegation of Ukraine): role Head of delegation \u2192 Member",
					"Rustem Umerov (delegation of Ukraine): title Defence Minister \u2192 Secretary of the National Security Council",
					"Sergiy Kyslytsya (delegation of Ukraine): role Member \u2192 Head of delegation");
		}

		@Test
		void aThirdPartyWhoseRoleChangedIsOneEntry() {
			DataFile after = edited((file) -> set(file, R + "/thirdParties/0", "role", "mediator"));
			assertThat(changesTo(after)).containsExactly("Turkey: role Host \u2192 Mediator");
		}

	}

	@Nested
	class Proposals {

		@Test
		void aStatusChangeNamesTheProposalAndItsParty() {
			DataFile after = edited((file) -> set(file, R + "/proposals/0", "status", "rejected"));
			assertThat(changesTo(after)).containsExactly(
					"Proposal \u201cCeasefire to recover bodies\u201d (Russia): status Proposed \u2192 Rejected");
		}

		@Test
		void aResponseAddedAndASourceCited() {
			DataFile after = edited((file) -> {
				set(file, R + "/proposals/0", "response", "Ukraine called it a pretext.");
				((ArrayNode) file.at(R + "/proposals/0/sources")).add("reuters-2025-06-16");
			});
			assertThat(changesTo(after)).containsExactly(
					"Proposal \u201cCeasefire to recover bodies\u201d (Russia): response added",
					"Proposal \u201cCeasefire to recover bodies\u201d (Russia): source added: Reuters, \u201cRussia and Ukraine swap bodies\u201d, 16 June 2025");
		}

	}

	@Nested
	class Exchanges {

		@Test
		void aStageFigureCorrectedOnOneSideReadsAsTheIssueWordsIt() {
			DataFile after = edited((file) -> set(file, STAGE_5 + "/sideBReceived", "perSideA", 1248));
			List<ReleaseChange> changes = ReleaseDifferences.between(round(), after);
			assertThat(changes).containsExactly(ReleaseChange.of("release.change.stage.received",
					ReleaseChange.of("release.change.stage.dated", 5, LocalDate.of(2025, 6, 16)), "Ukraine", 1245, 1248,
					"Russia"));
			assertThat(sentences(changes))
				.containsExactly("Stage 5, 16 June 2025: Ukraine received 1,245 \u2192 1,248 as Russia reports it");
		}

		@Test
		void whatASideReportsItReceivedIsReadFromItsOwnColumn() {
			DataFile after = edited((file) -> set(file, STAGE_5 + "/sideAReceived", "perSideA", 30));
			assertThat(changesTo(after))
				.containsExactly("Stage 5, 16 June 2025: Russia received 27 \u2192 30 as Russia reports it");
		}

		@Test
		void withSeveralExchangesAStageNamesItsExchange() {
			DataFile before = edited(ReleaseDifferencesTests::addPrisonerExchange);
			DataFile after = edited((file) -> {
				addPrisonerExchange(file);
				set(file, STAGE_5 + "/sideBReceived", "perSideA", 1248);
			});
			assertThat(sentences(ReleaseDifferences.between(before, after))).containsExactly(
					"Exchange \u201cBodies of the killed\u201d (Russia and Ukraine), stage 5, 16 June 2025: Ukraine received 1,245 \u2192 1,248 as Russia reports it");
		}

		@Test
		void aStageAddedIsNamedByItsNumberAndDate() {
			DataFile after = edited((file) -> {
				ObjectNode stage = ((ArrayNode) file.at(R + "/exchanges/0/stages")).addObject();
				stage.put("sequence", 6);
				stage.putObject("occurred").put("date", "2025-06-20").put("precision", "day");
				stage.putObject("sideBReceived").put("perSideA", 1000);
				stage.putArray("sources").add("reuters-2025-06-16");
			});
			assertThat(changesTo(after)).containsExactly("Stage 6, 20 June 2025 added");
		}

		@Test
		void aFigureWithheldAndAnAgreedCountRevised() {
			DataFile after = edited((file) -> {
				set(file, R + "/exchanges/0/sideB", "agreedCount", 6060);
				((ObjectNode) file.at(STAGE_5)).remove("sideAReceived");
				set(file, STAGE_5, "sideAWithheld", true);
			});
			assertThat(changesTo(after)).containsExactly(
					"Exchange \u201cBodies of the killed\u201d (Russia and Ukraine): Ukraine to receive 6,000 \u2192 6,060",
					"Stage 5, 16 June 2025: figure removed: Russia received 27 as Russia reported it",
					"Stage 5, 16 June 2025: figure removed: Russia received 27 as Ukraine reported it",
					"Stage 5, 16 June 2025: figures for what Russia received withheld");
		}

		@Test
		void anAgreedCountsPrecisionAndATotalAPartyReports() {
			DataFile after = edited((file) -> {
				set(file, R + "/exchanges/0/sideB", "agreedPrecision", "at_least");
				ObjectNode total = ((ObjectNode) file.at(R + "/exchanges/0")).putArray("reportedTotals")
					.addObject()
					.put("receivedBy", "ukraine")
					.put("reportedBy", "russia")
					.put("total", 6060)
					.put("reportedOn", "2025-06-17");
				total.putArray("sources").add("reuters-2025-06-16");
			});
			assertThat(changesTo(after)).containsExactly(
					"Exchange \u201cBodies of the killed\u201d (Russia and Ukraine): how exact the count Ukraine is to receive is: exact \u2192 at least",
					"Exchange \u201cBodies of the killed\u201d (Russia and Ukraine): total reported: Ukraine received 6,060, as Russia reports it");
		}

		@Test
		void aStageDateCorrectedIsNotRepeated() {
			DataFile after = edited((file) -> set(file, STAGE_5 + "/occurred", "precision", "approximate"));
			assertThat(changesTo(after)).containsExactly("Stage 5: date 16 June 2025 \u2192 about 16 June 2025");
		}

	}

	@Nested
	class MemorandaAndStatements {

		@Test
		void aClauseRevisedAndOneAdded() {
			DataFile after = edited((file) -> {
				set(file, "/processes/0/memoranda/0/clauses/0", "text", "A ceasefire once troops withdraw.");
				ObjectNode clause = ((ArrayNode) file.at("/processes/0/memoranda/0/clauses")).addObject();
				clause.put("number", 2).put("topic", "territory").put("text", "Territory.");
				clause.putArray("sources").add("moscow-times-2025-06-02");
			});
			assertThat(changesTo(after)).containsExactly(
					"Memorandum \u201cRussian memorandum\u201d, clause 1: text revised",
					"Memorandum \u201cRussian memorandum\u201d: clause 2 added (Territory)");
		}

		@Test
		void aStatementIsNamedBySpeakerAndDay() {
			DataFile after = edited((file) -> {
				set(file, "/processes/0/statements/0", "quote", "make a show");
				set(file, "/processes/0/statements/0", "speakerTitle", "Presidential aide");
			});
			assertThat(changesTo(after)).containsExactly(
					"Statement by Vladimir Medinsky (Russia), 2 June 2025: speaker\u2019s title not given \u2192 Presidential aide",
					"Statement by Vladimir Medinsky (Russia), 2 June 2025: quote added");
		}

		@Test
		void aStatementRemoved() {
			DataFile after = edited((file) -> ((ArrayNode) file.at("/processes/0/statements")).remove(0));
			assertThat(changesTo(after)).containsExactly("Statement removed: Vladimir Medinsky (Russia), 2 June 2025");
		}

	}

	@Nested
	class NamesAndSources {

		@Test
		void aRenamedPartyIsReportedAndNamesFactsAfterwards() {
			DataFile after = edited((file) -> {
				set(file, "/parties/1", "name", "T\u00fcrkiye");
				set(file, R + "/thirdParties/0", "note", "Talks held in Istanbul.");
			});
			assertThat(changesTo(after)).containsExactly("T\u00fcrkiye (Host): note added",
					"Party renamed: Turkey \u2192 T\u00fcrkiye");
		}

		@Test
		void aSourceCorrected() {
			DataFile after = edited((file) -> {
				set(file, "/sources/1", "title", "Russia, Ukraine swap bodies of the killed");
				set(file, "/sources/1", "url", "https://www.reuters.com/example");
			});
			assertThat(changesTo(after)).containsExactly(
					"Source corrected: Reuters: title \u201cRussia and Ukraine swap bodies\u201d \u2192 \u201cRussia, Ukraine swap bodies of the killed\u201d",
					"Source corrected: Reuters, \u201cRussia, Ukraine swap bodies of the killed\u201d: address not given \u2192 https://www.reuters.com/example");
		}

	}

	/**
	 * Releases of a memorandum's own page: DataFileWriter.memorandum(slug) writes its
	 * process with this memorandum alone, no round, and the sources and parties it names.
	 */
	@Nested
	class MemorandumPages {

		private static final String M = "/processes/0/memoranda/0";

		@Test
		void identicalReleasesHaveNoChangesAndTheFirstIsFirstPublished() {
			assertThat(ReleaseDifferences.betweenMemoranda(memorandum(), memorandum())).isEmpty();
			assertThat(sentences(ReleaseDifferences.firstOfMemorandum(memorandum())))
				.containsExactly("First published");
		}

		@Test
		void titleSummarySourcesAndClausesAreSaidInReadersWords() {
			DataFile after = memorandum((file) -> {
				set(file, M, "title", "Russian memorandum on ending the war");
				set(file, M, "summary", "Conditions for a ceasefire and a settlement.");
				((ArrayNode) file.at(M + "/sources")).add("reuters-2025-06-16");
				((ArrayNode) file.at(M + "/clauses")).remove(0);
				ObjectNode clause = ((ArrayNode) file.at(M + "/clauses")).addObject();
				clause.put("number", 2).put("topic", "humanitarian").put("text", "An exchange of all for all.");
			});
			assertThat(sentences(ReleaseDifferences.betweenMemoranda(memorandum(), after))).containsExactly(
					"Memorandum retitled: \u201cRussian memorandum\u201d \u2192 \u201cRussian memorandum on ending the war\u201d",
					"Memorandum \u201cRussian memorandum on ending the war\u201d: summary added",
					"Memorandum \u201cRussian memorandum on ending the war\u201d: source added: Reuters, \u201cRussia and Ukraine swap bodies\u201d, 16 June 2025",
					"Memorandum \u201cRussian memorandum on ending the war\u201d: clause 2 added (Humanitarian)",
					"Memorandum \u201cRussian memorandum on ending the war\u201d: clause 1 removed");
		}

		@Test
		void aMemorandumTakenFromItsRoundAndItsAuthorRenamed() {
			DataFile after = memorandum((file) -> {
				((ObjectNode) file.at(M)).remove("round");
				set(file, "/parties/0", "name", "Russian Federation");
			});
			assertThat(sentences(ReleaseDifferences.betweenMemoranda(memorandum(), after))).containsExactly(
					"Memorandum \u201cRussian memorandum\u201d: round where it was delivered removed",
					"Party renamed: Russia \u2192 Russian Federation");
		}

		@Test
		void aRoundsReleaseIsNoMemorandumRelease() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ReleaseDifferences.betweenMemoranda(round(), memorandum()))
				.withMessageContaining("one memorandum and no round");
		}

		private static DataFile memorandum() {
			return memorandum((file) -> {
			});
		}

		private static DataFile memorandum(Consumer<ObjectNode> edit) {
			return edited((file) -> {
				rounds(file).removeAll();
				((ArrayNode) file.at("/processes/0/statements")).removeAll();
				((ArrayNode) file.get("people")).removeAll();
				edit.accept(file);
			});
		}

	}

	@Test
	void changesComeInTheOrderTheRoundPageReads() {
		DataFile after = edited((file) -> {
			set(file, "/sources/0", "kind", "state_media");
			set(file, "/processes/0/statements/0", "text", "Medinsky disputed the list.");
			set(file, "/processes/0/memoranda/0", "publishedOn", "2025-06-03");
			set(file, STAGE_5 + "/sideBReceived", "perSideB", 1250);
			set(file, R + "/proposals/0", "status", "rejected");
			set(file, R + "/thirdParties/0", "role", "chair");
			((ArrayNode) file.at(R + "/delegations/1/members")).remove(0);
			set(file, R, "venue", "Ciragan Palace");
			set(file, "/people/0", "name", "Rustem Umierov");
		});
		assertThat(changesTo(after)).containsExactly("Venue: not given \u2192 Ciragan Palace",
				"Vladimir Medinsky removed from the delegation of Russia", "Turkey: role Host \u2192 Chair",
				"Proposal \u201cCeasefire to recover bodies\u201d (Russia): status Proposed \u2192 Rejected",
				"Stage 5, 16 June 2025: Ukraine received 1,245 \u2192 1,250 as Ukraine reports it",
				"Memorandum \u201cRussian memorandum\u201d: published not given \u2192 3 June 2025",
				"Statement by Vladimir Medinsky (Russia), 2 June 2025: text revised",
				"Person renamed: Rustem Umerov \u2192 Rustem Umierov",
				"Source corrected: The Moscow Times, \u201cRussia and Ukraine hold second round of talks in Istanbul\u201d: kind Independent media \u2192 State media");
	}

	private static void addPrisonerExchange(ObjectNode file) {
		ObjectNode exchange = ((ArrayNode) file.at(R + "/exchanges")).addObject();
		exchange.put("slug", "prisoners-seriously-injured").put("kind", "prisoners_of_war");
		exchange.putObject("sideA").put("party", "russia");
		exchange.putObject("sideB").put("party", "ukraine");
		exchange.putArray("sources").add("moscow-times-2025-06-02");
	}

	private static List<String> changesTo(DataFile after) {
		return sentences(ReleaseDifferences.between(round(), after));
	}

	private static List<String> sentences(List<ReleaseChange> changes) {
		return changes.stream().map((change) -> change.render(MESSAGES, Locale.ENGLISH)).toList();
	}

	private static DataFile round() {
		return edited((file) -> {
		});
	}

	private static DataFile edited(Consumer<ObjectNode> edit) {
		ObjectNode file = (ObjectNode) JSON.readTree(ROUND);
		edit.accept(file);
		return JSON.treeToValue(file, DataFile.class);
	}

	private static ArrayNode rounds(ObjectNode file) {
		return (ArrayNode) file.at("/processes/0/rounds");
	}

	private static void set(ObjectNode file, String pointer, String field, Object value) {
		ObjectNode node = (ObjectNode) file.at(pointer);
		if (value instanceof Integer number) {
			node.put(field, number);
		}
		else if (value instanceof Boolean flag) {
			node.put(field, flag);
		}
		else {
			node.put(field, (String) value);
		}
	}

	/**
	 * Round 2 of the reference data set as its release holds it: the round with the
	 * memoranda and statements of it.
	 */
	private static DataFile referenceRound() throws IOException {
		return referenceRound((file) -> {
		});
	}

	private static DataFile referenceRound(Consumer<ObjectNode> edit) throws IOException {
		try (InputStream input = new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream()) {
			ObjectNode file = (ObjectNode) JSON.readTree(input);
			file.remove("$schema");
			ObjectNode process = (ObjectNode) file.at("/processes/0");
			ArrayNode rounds = (ArrayNode) process.get("rounds");
			// Round 2 alone.
			rounds.remove(2);
			rounds.remove(0);
			String slug = rounds.get(0).get("slug").asString();
			for (String kind : List.of("memoranda", "statements")) {
				ArrayNode facts = (ArrayNode) process.get(kind);
				for (int i = facts.size() - 1; i >= 0; i--) {
					JsonNode round = facts.get(i).get("round");
					if (round == null || !round.asString().equals(slug)) {
						facts.remove(i);
					}
				}
			}
			edit.accept(file);
			return JSON.treeToValue(file, DataFile.class);
		}
	}

	private static IcuMessageSource messages() {
		return IcuMessageSource.of("messages/messages");
	}

}
