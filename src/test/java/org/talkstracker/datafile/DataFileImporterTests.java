package org.talkstracker.datafile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@AutoConfigureMockMvc
class DataFileImporterTests {

	private static final String REFERENCE = "datafile/reference/istanbul-2025.json";

	private static final List<String> TABLES = List.of("source", "party", "person", "process", "round", "delegation",
			"delegation_member", "third_party", "proposal", "exchange_agreement", "exchange_stage", "memorandum",
			"clause", "statement", "context_event");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	DataFileImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void referenceDataIsLoadedOnFirstStart() {
		assertThat(this.jdbc.queryForList("""
				select p.name, m.title from delegation_member m join person p on p.id = m.person_id
				join delegation d on d.id = m.delegation_id join round r on r.id = d.round_id
				where r.slug = 'istanbul-2025-06-02' and m.role = 'HEAD' order by p.name"""))
			.extracting((row) -> tuple(row.get("name"), row.get("title")))
			.containsExactly(tuple("Rustem Umerov", "Defence Minister"),
					tuple("Vladimir Medinsky", "Kremlin aide, former Culture Minister"));
	}

	@Test
	void importingTheSameFileAgainChangesNothing() throws IOException {
		Map<String, Object> before = snapshot();

		DataFileImporter.ImportResult result = this.importer.importFile(REFERENCE, reference());

		assertThat(result.created()).isZero();
		assertThat(result.rounds()).isEqualTo(3);
		assertThat(snapshot()).isEqualTo(before);
	}

	/** Rolled back, so the new process never shows on other tests' pages. */
	@Test
	@Transactional
	void importsANewProcessWithAllItsFacts() throws IOException {
		ObjectNode file = referenceTree();
		renameProcess(file, "copy");

		DataFileImporter.ImportResult result = this.importer.importFile("copy.json", stream(file));

		assertThat(result.created()).isPositive();
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from proposal p join round r on r.id = p.round_id join process pr on pr.id = r.process_id
						where pr.slug = 'copy-process'""",
				Integer.class))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForList("""
				select d.slug from statement s join statement d on d.id = s.disputes_id
				join process pr on pr.id = s.process_id where pr.slug = 'copy-process'""", String.class))
			.containsExactlyInAnyOrder("umerov-children-list", "russia-first-bodies-at-exchange-point");
	}

	/**
	 * The schema judges the rows as they are at commit, whatever order the import writes
	 * them in: a round and a handover the file dates anew may move together. Rolled back.
	 */
	@Test
	@Transactional
	void aRoundAndItsHandoverMayMoveTogether() throws IOException {
		handoverInTheDatabase("2025-06-09");
		this.importer.importFile("moved.json", changed((file) -> {
			withoutRoundTwoHandovers(file);
			round(file, 1).put("heldOn", "2025-06-20");
			stage(file, "2025-06-25", null, false);
		}));
		assertThat(this.jdbc.queryForObject("""
				select s.occurred_on::text || ' ' || r.held_on::text from exchange_stage s
				join exchange_agreement a on a.id = s.agreement_id join round r on r.id = a.round_id
				where r.slug = 'istanbul-2025-06-02'""", String.class)).isEqualTo("2025-06-25 2025-06-20");
	}

	/**
	 * A handover known only by its month may fall in the month of its round. Rolled back.
	 */
	@Test
	@Transactional
	void aHandoverKnownOnlyByItsMonthMayFallInTheRoundsMonth() throws IOException {
		this.importer.importFile("month.json", changed((file) -> stage(file, "2025-06-01", "month", null, false)));
		assertThat(this.jdbc.queryForObject(
				"""
						select s.occurred_on::text || ' ' || s.occurred_on_precision from exchange_stage s
						join exchange_agreement a on a.id = s.agreement_id where a.slug = 'bodies-6000-each' and s.sequence = 1""",
				String.class))
			.isEqualTo("2025-06-01 MONTH");
	}

	/**
	 * Round 2's bodies agreement as the parties reported it: each side's count "about
	 * 6,000"; Ukraine received 6,057 as Ukraine reports it and 6,060 as Russia reports
	 * it, Russia 78. Imported and exported unchanged; rolled back.
	 */
	@Test
	@Transactional
	void importsAndExportsEachCountsPrecisionAndTheTotalsThePartiesReport(@Autowired DataFileWriter writer)
			throws IOException {
		ObjectNode bodies = exchange(referenceTree(), 1, 0);
		ObjectNode file = referenceTree();
		exchange(file, 1, 0).withObject("sideB").put("agreedPrecision", "about");
		ArrayNode totals = exchange(file, 1, 0).putArray("reportedTotals");
		reportedTotal(totals, "russia", "russia", 78, "2025-06-17", "russian-state-news-agencies-memorandum");
		reportedTotal(totals, "ukraine", "russia", 6060, "2025-06-17", "russian-state-news-agencies-memorandum");
		reportedTotal(totals, "ukraine", "ukraine", 6057, "2025-06-16", "ukrainian-state-media-umerov-third-meeting");

		this.importer.importFile("reported.json", stream(file));

		assertThat(this.jdbc.queryForList("""
				select e.side_a_count_precision || ' ' || e.side_b_count_precision || ': ' || t.received_by || ' per '
				    || t.reported_by || ' ' || t.total || ' on ' || t.reported_on || ' ' || s.slug as line
				from exchange_reported_total t join exchange_agreement e on e.id = t.agreement_id
				join citation c on c.exchange_reported_total_id = t.id join source s on s.id = c.source_id
				order by t.received_by, t.reported_by""", String.class)).containsExactly(
				"EXACT ABOUT: SIDE_A per SIDE_A 78 on 2025-06-17 russian-state-news-agencies-memorandum",
				"EXACT ABOUT: SIDE_B per SIDE_A 6060 on 2025-06-17 russian-state-news-agencies-memorandum",
				"EXACT ABOUT: SIDE_B per SIDE_B 6057 on 2025-06-16 ukrainian-state-media-umerov-third-meeting");
		JsonNode exported = this.json.readTree(writer.round("istanbul-2025-06-02").orElseThrow())
			.at("/processes/0/rounds/0/exchanges/0");
		assertThat(exported.at("/sideA")).isEqualTo(bodies.at("/sideA"));
		assertThat(exported.at("/sideB/agreedPrecision").asString()).isEqualTo("about");
		assertThat(exported.get("reportedTotals")).isEqualTo(totals);
	}

	@Nested
	class RejectsAndWritesNothing {

		@Test
		void reportedTotalOfAPartyThatIsNoSideOfTheExchange() throws IOException {
			assertRejected(
					changed((file) -> reportedTotal(exchange(file, 1, 0).putArray("reportedTotals"), "ukraine",
							"turkey", 6060, "2025-06-17", "moscow-times-2025-06-02")),
					"$.processes[0].rounds[1].exchanges[0].reportedTotals[0].reportedBy",
					"'turkey' is not a party of this exchange");
		}

		@Test
		void twoTotalsOfTheSameReport() throws IOException {
			assertRejected(changed((file) -> {
				ArrayNode totals = exchange(file, 1, 0).putArray("reportedTotals");
				reportedTotal(totals, "ukraine", "russia", 6060, "2025-06-17", "moscow-times-2025-06-02");
				reportedTotal(totals, "ukraine", "russia", 6000, "2025-06-18", "moscow-times-2025-06-02");
			}), "$.processes[0].rounds[1].exchanges[0].reportedTotals[1]",
					"duplicate reported total 'ukraine as russia reports it'");
		}

		@Test
		void anAgreedCountOfUnknownPrecision() throws IOException {
			assertRejected(
					changed((file) -> exchange(file, 1, 0).withObject("sideB").put("agreedPrecision", "roughly")),
					"$.processes[0].rounds[1].exchanges[0].sideB.agreedPrecision", "");
		}

		@Test
		void fileThatIsNotJson() {
			assertRejected(new ByteArrayInputStream("{\"format\": ".getBytes(StandardCharsets.UTF_8)), "$",
					"the file is not valid JSON");
		}

		@Test
		void negativeCount() throws IOException {
			assertRejected(changed((file) -> exchange(file, 1, 0).withObject("sideA").put("agreedCount", -5)),
					"$.processes[0].rounds[1].exchanges[0].sideA.agreedCount", "minimum");
		}

		@Test
		void factWithoutSource() throws IOException {
			assertRejected(changed((file) -> exchange(file, 1, 0).putArray("sources")),
					"$.processes[0].rounds[1].exchanges[0].sources", "at least 1");
		}

		@Test
		void unknownPartyReference() throws IOException {
			assertRejected(changed((file) -> exchange(file, 1, 0).withObject("sideB").put("party", "atlantis")),
					"$.processes[0].rounds[1].exchanges[0].sideB.party", "unknown party 'atlantis'");
		}

		@Test
		void unknownSourceReference() throws IOException {
			assertRejected(changed((file) -> round(file, 1).withArray("sources").add("no-such-report")),
					"$.processes[0].rounds[1].sources[4]", "unknown source 'no-such-report'");
		}

		@Test
		void duplicateSlug() throws IOException {
			assertRejected(changed((file) -> round(file, 1).put("slug", "istanbul-2025-05-16")),
					"$.processes[0].rounds[1].slug", "the round slug 'istanbul-2025-05-16' is used twice");
		}

		@Test
		void unknownStatus() throws IOException {
			assertRejected(changed((file) -> round(file, 1).put("status", "adjourned")),
					"$.processes[0].rounds[1].status", "enum");
		}

		@Test
		void endBeforeStart() throws IOException {
			assertRejected(
					changed((file) -> round(file, 1).put("startedAt", "2025-06-02T12:00:00Z")
						.put("endedAt", "2025-06-02T11:00:00Z")),
					"$.processes[0].rounds[1].endedAt", "ends at or before its start");
		}

		@Test
		void textLongerThanTheSchemaAllows() throws IOException {
			assertRejected(changed((file) -> round(file, 1).put("summary", "a".repeat(4001))),
					"$.processes[0].rounds[1].summary", "4000");
		}

		@Test
		void blankText() throws IOException {
			assertRejected(changed(
					(file) -> ((ObjectNode) round(file, 1).withArray("proposals").get(0)).put("response", "  ")),
					"$.processes[0].rounds[1].proposals[0].response", "pattern");
		}

		@Test
		void handoverBeforeTheRoundOfItsAgreement() throws IOException {
			assertRejected(changed((file) -> stage(file, "2025-06-01", null, false)),
					"$.processes[0].rounds[1].exchanges[0].stages[0].occurred",
					"dated before the round where its agreement was made");
		}

		@Test
		void handoverKnownOnlyByAMonthWhollyBeforeTheRoundOfItsAgreement() throws IOException {
			assertRejected(changed((file) -> stage(file, "2025-05-01", "month", null, false)),
					"$.processes[0].rounds[1].exchanges[0].stages[0].occurred",
					"dated before the round where its agreement was made");
		}

		/** The handover the database holds is written in the test's transaction. */
		@Test
		@Transactional
		void roundMovedAfterAHandoverTheDatabaseHolds() throws IOException {
			handoverInTheDatabase("2025-06-09");
			assertRejected(changed((file) -> {
				withoutRoundTwoHandovers(file);
				round(file, 1).put("heldOn", "2025-06-20");
			}), "$.processes[0].rounds[1].heldOn",
					"held after a handover the database holds of an exchange agreed at it (stage 1 of "
							+ "'bodies-6000-each', 2025-06-09)");
		}

		/**
		 * A round the file publishes is published as an editor publishes it: here round 2
		 * was withdrawn and given a proposal without a source, which the file does not
		 * mention. Written in the test's transaction.
		 */
		@Test
		@Transactional
		void publishingARoundWhoseFactTheDatabaseHoldsCitesNoSource() throws IOException {
			JdbcTemplate jdbc = DataFileImporterTests.this.jdbc;
			jdbc.update("update round set published = false where slug = 'istanbul-2025-06-02'");
			jdbc.update("""
					insert into proposal (round_id, slug, party_id, category, title, status, position)
					select r.id, 'unsourced', p.id, 'CEASEFIRE', 'A proposal no report mentions', 'PROPOSED', 99
					from round r, party p where r.slug = 'istanbul-2025-06-02' and p.slug = 'ukraine'""");
			assertProblem(reference(), "$.processes[0].rounds[1].published",
					"facts of it that only the database holds cite no source: proposal 'A proposal no report mentions'");
		}

		/**
		 * What the schema checks only at commit is refused as the import runs, so a dry
		 * run (whose transaction never commits) is refused too; here a rule the test adds
		 * in its transaction refuses every new context event.
		 */
		@Test
		@Transactional
		void whatTheSchemaChecksAtCommit() throws IOException {
			ObjectNode file = referenceTree();
			renameProcess(file, "deferred");
			JdbcTemplate jdbc = DataFileImporterTests.this.jdbc;
			jdbc.execute("""
					create function refuse_event_at_commit() returns trigger language plpgsql as $$
					begin raise exception 'refused at commit for the test'; end $$""");
			jdbc.execute("""
					create constraint trigger refuse_event_at_commit after insert on context_event
					deferrable initially deferred for each row execute function refuse_event_at_commit()""");
			assertProblem(stream(file), "$", "refused at commit for the test");
		}

		@Test
		void handoverAnnouncedBeforeItHappened() throws IOException {
			assertRejected(changed((file) -> stage(file, "2025-06-09", "2025-06-08", false)),
					"$.processes[0].rounds[1].exchanges[0].stages[0].announcedOn", "announced before it happened");
		}

		@Test
		void figuresOfASideThatWithheldThem() throws IOException {
			assertRejected(changed((file) -> stage(file, "2025-06-09", null, true)),
					"$.processes[0].rounds[1].exchanges[0].stages[0].sideAReceived", "side A withheld its figures");
		}

		@Test
		void everyProblemIsReportedAtOnce() throws IOException {
			InputStream file = changed((content) -> {
				// The exchange of prisoners, whose parties report no totals that would
				// name
				// Ukraine.
				exchange(content, 1, 1).withObject("sideB").put("party", "atlantis");
				round(content, 0).withArray("sources").add("no-such-report");
			});
			assertThatExceptionOfType(InvalidDataFileException.class)
				.isThrownBy(() -> DataFileImporterTests.this.importer.importFile("changed.json", file))
				.satisfies((ex) -> assertThat(ex.getProblems()).hasSize(2));
		}

		@Test
		void roundNumberTakenInTheDatabase() throws IOException {
			assertRejected(changed((file) -> {
				round(file, 1).put("slug", "istanbul-2025-06-02-again").put("number", 1);
				((ObjectNode) file.withArray("processes").get(0)).withArray("rounds").remove(0);
				((ObjectNode) file.withArray("processes").get(0)).remove(List.of("memoranda", "statements"));
			}), "$.processes[0].rounds[0].number", "already round 'istanbul-2025-05-16'");
		}

		/**
		 * A withdrawal needs a public reason, which a data file has no place for: a file
		 * that would withdraw a published round is refused, pointing to the editors'
		 * page.
		 */
		@Test
		void aFileDoesNotWithdrawAPublishedRound() throws IOException {
			assertRejected(changed((file) -> round(file, 0).put("published", false)),
					"$.processes[0].rounds[0].published",
					"withdrawing a round needs a public reason, given on its editors' page (/admin/rounds/istanbul-2025-05-16/withdraw)");
		}

		/**
		 * A failure in the middle of writing (here forced by a trigger) leaves nothing
		 * behind.
		 */
		@Test
		void aFailureWhileWritingLeavesNothingBehind() throws IOException {
			ObjectNode file = referenceTree();
			renameProcess(file, "half");
			JdbcTemplate jdbc = DataFileImporterTests.this.jdbc;
			jdbc.execute("""
					create function refuse_event() returns trigger language plpgsql as $$
					begin raise exception 'refused for the test'; end $$""");
			jdbc.execute(
					"create trigger refuse_event before insert on context_event for each row execute function refuse_event()");
			try {
				assertRejected(stream(file), "$", "refused for the test");
			}
			finally {
				jdbc.execute("drop trigger refuse_event on context_event");
				jdbc.execute("drop function refuse_event()");
			}
			assertThat(jdbc.queryForObject("select count(*) from process where slug = 'half-process'", Integer.class))
				.isZero();
		}

		private void assertRejected(InputStream file, String path, String message) {
			Map<String, Object> before = snapshot();
			assertProblem(file, path, message);
			assertThat(snapshot()).isEqualTo(before);
		}

		/**
		 * For a file refused once written: its transaction, which in these tests is the
		 * test's, is rolled back.
		 */
		private void assertProblem(InputStream file, String path, String message) {
			assertThatExceptionOfType(InvalidDataFileException.class)
				.isThrownBy(() -> DataFileImporterTests.this.importer.importFile("changed.json", file))
				.satisfies((ex) -> assertThat(ex.getProblems()).anySatisfy((problem) -> {
					assertThat(problem.path()).isEqualTo(path);
					assertThat(problem.message()).contains(message);
				}));
		}

	}

	private Map<String, Object> snapshot() {
		return TABLES.stream()
			.collect(java.util.stream.Collectors.toMap((table) -> table, (table) -> this.jdbc.queryForList(
					"select count(*) as rows, coalesce(sum(version), 0) as versions, coalesce(sum(id), 0) as ids from "
							+ table)));
	}

	private InputStream changed(Consumer<ObjectNode> change) throws IOException {
		ObjectNode file = referenceTree();
		change.accept(file);
		return stream(file);
	}

	private InputStream stream(ObjectNode file) {
		return new ByteArrayInputStream(this.json.writeValueAsBytes(file));
	}

	private ObjectNode referenceTree() throws IOException {
		try (InputStream input = reference()) {
			return (ObjectNode) this.json.readTree(input);
		}
	}

	private static InputStream reference() throws IOException {
		return new ClassPathResource(REFERENCE).getInputStream();
	}

	private static ObjectNode round(ObjectNode file, int index) {
		return (ObjectNode) file.withArray("processes").get(0).withArray("rounds").get(index);
	}

	private static ObjectNode exchange(ObjectNode file, int round, int index) {
		return (ObjectNode) round(file, round).withArray("exchanges").get(index);
	}

	/**
	 * Adds a stage to the first exchange of round 2 (held on 2 June 2025), side A's
	 * figures reported.
	 */
	private static void stage(ObjectNode file, String occurredOn, String announcedOn, boolean sideAWithheld) {
		stage(file, occurredOn, "day", announcedOn, sideAWithheld);
	}

	private static void stage(ObjectNode file, String occurredOn, String precision, String announcedOn,
			boolean sideAWithheld) {
		ObjectNode stage = exchange(file, 1, 0).putArray("stages").addObject();
		stage.put("sequence", 1);
		stage.putObject("occurred").put("date", occurredOn).put("precision", precision);
		if (announcedOn != null) {
			stage.put("announcedOn", announcedOn);
		}
		stage.putObject("sideAReceived").put("perSideA", 12);
		stage.put("sideAWithheld", sideAWithheld);
		stage.putArray("sources").add("moscow-times-2025-06-02");
	}

	private static void reportedTotal(ArrayNode totals, String receivedBy, String reportedBy, int total,
			String reportedOn, String source) {
		ObjectNode entry = totals.addObject()
			.put("receivedBy", receivedBy)
			.put("reportedBy", reportedBy)
			.put("total", total)
			.put("reportedOn", reportedOn);
		entry.putArray("sources").add(source);
	}

	/**
	 * Stage 1 of round 2's agreement on bodies, as the database holds it, citing the
	 * round's report: the only handover of round 2's agreements.
	 */
	private void handoverInTheDatabase(String occurredOn) {
		this.jdbc.update("""
				delete from exchange_stage where agreement_id in (select a.id from exchange_agreement a
				join round r on r.id = a.round_id where r.slug = 'istanbul-2025-06-02')""");
		this.jdbc.update("""
				insert into exchange_stage (agreement_id, sequence, occurred_on, occurred_on_precision)
				select id, 1, ?::date, 'DAY' from exchange_agreement where slug = 'bodies-6000-each'""", occurredOn);
		this.jdbc.update("""
				insert into citation (source_id, exchange_stage_id, position)
				select s.id, x.id, 0 from source s, exchange_stage x join exchange_agreement a on a.id = x.agreement_id
				where s.slug = 'moscow-times-2025-06-02' and a.slug = 'bodies-6000-each' and x.sequence = 1""");
	}

	/**
	 * Leaves out the stages of round 2's exchanges, which the file then does not date.
	 */
	private static void withoutRoundTwoHandovers(ObjectNode file) {
		round(file, 1).withArray("exchanges").forEach((exchange) -> ((ObjectNode) exchange).remove("stages"));
	}

	/**
	 * Gives the process and its rounds and memoranda new slugs, so the file describes a
	 * new process.
	 */
	private static void renameProcess(ObjectNode file, String prefix) {
		ObjectNode process = (ObjectNode) file.withArray("processes").get(0);
		process.put("slug", prefix + "-process");
		process.withArray("rounds")
			.forEach((round) -> ((ObjectNode) round).put("slug", prefix + "-" + round.get("slug").asString()));
		process.withArray("memoranda").forEach((memorandum) -> {
			((ObjectNode) memorandum).put("slug", prefix + "-" + memorandum.get("slug").asString());
			if (memorandum.has("round")) {
				((ObjectNode) memorandum).put("round", prefix + "-" + memorandum.get("round").asString());
			}
		});
		process.withArray("statements").forEach((statement) -> {
			if (statement.has("round")) {
				((ObjectNode) statement).put("round", prefix + "-" + statement.get("round").asString());
			}
		});
	}

}
