package org.talkstracker.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.DataFileReader;
import org.talkstracker.datafile.DataFileWriter;
import org.talkstracker.datafile.GeneratedRounds;
import org.talkstracker.round.RoundStatus;
import org.talkstracker.search.RoundFilter;
import org.talkstracker.search.RoundFilterForm;
import org.talkstracker.search.RoundOrder;
import org.talkstracker.search.RoundSelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole published data set as CSV tables and one data file. */
@SpringBootTest
@AutoConfigureMockMvc
class DataSetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSetDownloads downloads;

	@Test
	void roundsCsvListsEveryPublishedRound() throws Exception {
		List<CSVRecord> rows = csv(download("/data/rounds.csv", "talks-tracker-rounds.csv"));

		assertThat(rows).extracting((row) -> row.get("round"))
			.containsExactly("istanbul-2025-05-16", "istanbul-2025-06-02", "istanbul-2025-07-23");
		CSVRecord second = rows.get(1);
		assertThat(second.get("delegations")).isEqualTo("ukraine russia");
		assertThat(second.get("hosts")).isEqualTo("turkey");
		assertThat(second.get("observers")).isEqualTo("united-kingdom germany france");
		assertThat(second.get("duration_precision")).isEqualTo("at_least");
		assertThat(second.get("status")).isEqualTo("held");
	}

	@Test
	void exchangesCsvHasAgreementsWithTheirCounts() throws Exception {
		List<CSVRecord> rows = csv(download("/data/exchanges.csv", "talks-tracker-exchanges.csv"));

		assertThat(rows)
			.extracting((row) -> row.get("exchange") + " " + row.get("record") + " " + row.get("side_a_agreed"))
			.containsExactly("prisoners-1000-for-1000 agreement 1000", "prisoners-1000-for-1000 stage ",
					"prisoners-1000-for-1000 stage ", "prisoners-1000-for-1000 stage ",
					"bodies-6000-each agreement 6000", "bodies-6000-each stage ", "bodies-6000-each stage ",
					"bodies-6000-each stage ", "bodies-6000-each stage ", "bodies-6000-each stage ",
					"bodies-6000-each stage ", "bodies-6000-each reported_total ", "bodies-6000-each reported_total ",
					"bodies-6000-each reported_total ", "prisoners-seriously-injured agreement ",
					"prisoners-seriously-injured stage ", "prisoners-seriously-injured stage ",
					"prisoners-of-war-at-least-1200 agreement 1200");
	}

	@Test
	void memorandaCsvHasMemorandaAndClauses() throws Exception {
		List<CSVRecord> rows = csv(download("/data/memoranda.csv", "talks-tracker-memoranda.csv"));

		assertThat(rows).extracting((row) -> row.get("memorandum") + " " + row.get("record") + " " + row.get("topic"))
			.containsExactly("russian-memorandum-2025-06 memorandum ", "russian-memorandum-2025-06 clause territory",
					"russian-memorandum-2025-06 clause security_guarantees",
					"russian-memorandum-2025-06 clause military", "russian-memorandum-2025-06 clause political",
					"russian-memorandum-2025-06 clause sanctions", "russian-memorandum-2025-06 clause economic",
					"russian-memorandum-2025-06 clause ceasefire_conditions",
					"russian-memorandum-2025-06 clause procedural", "ukrainian-memorandum-2025-06 memorandum ",
					"ukrainian-memorandum-2025-06 clause ceasefire_conditions",
					"ukrainian-memorandum-2025-06 clause humanitarian",
					"ukrainian-memorandum-2025-06 clause security_guarantees",
					"ukrainian-memorandum-2025-06 clause military", "ukrainian-memorandum-2025-06 clause territory",
					"ukrainian-memorandum-2025-06 clause sanctions", "ukrainian-memorandum-2025-06 clause economic",
					"ukrainian-memorandum-2025-06 clause procedural");
	}

	@Test
	void theDataFileHoldsEverythingPublished(@Autowired DataFileReader reader) throws Exception {
		byte[] json = download("/data/talks-tracker.json", "talks-tracker.json").getResponse().getContentAsByteArray();

		DataFile file = reader.read("everything", new ByteArrayInputStream(json));
		assertThat(file.processes().get(0).rounds()).hasSize(3);
		assertThat(file.processes().get(0).contextEvents()).hasSize(8);
	}

	@Test
	void theRoundsListsFiltersApply(@Autowired DataFileReader reader) throws Exception {
		List<CSVRecord> rows = csv(
				download("/data/rounds.csv?party=united-states&year=2025", "talks-tracker-rounds.csv"));
		assertThat(rows).extracting((row) -> row.get("round")).containsExactly("istanbul-2025-06-02");

		byte[] json = download("/data/talks-tracker.json?party=united-states", "talks-tracker.json").getResponse()
			.getContentAsByteArray();
		DataFile file = reader.read("filtered", new ByteArrayInputStream(json));
		assertThat(file.processes().get(0).rounds()).extracting(DataFile.RoundEntry::slug)
			.containsExactly("istanbul-2025-06-02");
		// Facts of no round belong to the whole data set, not to a selection of rounds.
		assertThat(file.processes().get(0).statements())
			.allSatisfy((statement) -> assertThat(statement.round()).isNotNull());
		assertThat(file.processes().get(0).contextEvents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/data/rounds.csv?year=next", "/data/exchanges.csv?status=signed",
			"/data/memoranda.csv?process=atlantis", "/data/talks-tracker.json?party=atlantis",
			"/data/rounds.csv?year=3000" })
	void anInvalidFilterIsABadRequest(String url) throws Exception {
		this.mvc.perform(get(url)).andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/data/rounds.csv", "/data/exchanges.csv", "/data/memoranda.csv", "/data/talks-tracker.json" })
	void searchWordsLongerThanTheirLimitAreTheBadRequestPage(String url) throws Exception {
		this.mvc.perform(get(url).param("q", "x".repeat(201)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Bad request")));
	}

	@Nested
	@Transactional
	class Streaming {

		@Autowired
		DataSetCsv csv;

		@Autowired
		DataFileWriter writer;

		@Autowired
		DataFileImporter importer;

		@Autowired
		RoundSelections selections;

		@Autowired
		JdbcClient jdbc;

		@Test
		void exchangesComeRoundByRoundEachAgreementFollowedByItsStages() throws Exception {
			this.importer.importFile("late", GeneratedRounds.process("late", 1, true));
			this.importer.importFile("early", GeneratedRounds.process("early", 2, true));
			this.importer.importFile("same-day", GeneratedRounds.process("same-day", 1, true));
			// Entered first but held last; the early round's second exchange moved to the
			// top, and its first
			// exchange's stages renumbered: neither is in the order the rows were
			// entered.
			this.jdbc.sql("update round set held_on = date '2030-03-01' where slug = 'late-round'").update();
			this.jdbc.sql("""
					update exchange_agreement e set position = 1 - e.position from round r
					where r.id = e.round_id and r.slug = 'early-round'""").update();
			this.jdbc
				.sql("""
						update exchange_stage st set sequence = st.sequence + 10 from exchange_agreement e join round r on r.id = e.round_id
						where e.id = st.agreement_id and r.slug = 'early-round' and e.slug = 'exchange-1'""")
				.update();
			this.jdbc
				.sql("""
						update exchange_stage st set sequence = 13 - st.sequence from exchange_agreement e join round r on r.id = e.round_id
						where e.id = st.agreement_id and r.slug = 'early-round' and e.slug = 'exchange-1'""")
				.update();
			StringWriter out = new StringWriter();

			this.csv.exchanges(selected(null, 2030, null, null, null, null, null), out);

			assertThat(csv(out.toString()))
				.extracting(
						(row) -> String
							.join(" ", row.get("round"), row.get("exchange"), row.get("record"), row.get("stage"),
									row.get("side_a_received_per_b"))
							.strip())
				.containsExactly("early-round exchange-2 agreement", "early-round exchange-2 stage 1 30",
						"early-round exchange-2 stage 2 25", "early-round exchange-1 agreement",
						"early-round exchange-1 stage 1 25", "early-round exchange-1 stage 2 30",
						"same-day-round exchange-1 agreement", "same-day-round exchange-1 stage 1 30",
						"same-day-round exchange-1 stage 2 25", "late-round exchange-1 agreement",
						"late-round exchange-1 stage 1 30", "late-round exchange-1 stage 2 25");
		}

		@Test
		void reportedTotalsFollowTheStagesInTheColumnTheyAreATotalOfWithTheirSources() throws Exception {
			this.importer.importFile("reported", GeneratedRounds.process("reported", 1, true));
			this.jdbc.sql("""
					update exchange_agreement e set side_b_count_precision = 'AT_LEAST' from round r
					where r.id = e.round_id and r.slug = 'reported-round'""").update();
			// What Ukraine (side B) received in all, as Russia (side A) reports it,
			// citing
			// two sources.
			this.jdbc.sql("""
					insert into exchange_reported_total (id, agreement_id, received_by, reported_by, total, reported_on)
					select 2000000001, e.id, 'SIDE_B', 'SIDE_A', 6060, date '2030-06-17' from exchange_agreement e
					join round r on r.id = e.round_id where r.slug = 'reported-round'""").update();
			this.jdbc
				.sql("""
						insert into citation (source_id, exchange_reported_total_id, position)
						select s.id, 2000000001, case when s.slug = 'moscow-times-2025-06-02' then 1 else 0 end
						from source s where s.slug in ('moscow-times-2025-06-02', 'russian-state-news-agencies-memorandum')""")
				.update();
			StringWriter out = new StringWriter();

			this.csv.exchanges(selected("reported", null, null, null, null, null, null), out);

			assertThat(csv(out.toString()))
				.extracting((row) -> String.join("|", row.get("record"), row.get("side_a"), row.get("side_b"),
						row.get("date"), row.get("side_b_received_per_a"), row.get("side_a_agreed_precision"),
						row.get("side_b_agreed_precision"), row.get("sources")))
				.containsExactly("agreement|russia|ukraine|||exact|at_least|moscow-times-2025-06-02",
						"stage|russia|ukraine|2030-02-01|30|||moscow-times-2025-06-02",
						"stage|russia|ukraine|2030-02-02|30|||moscow-times-2025-06-02",
						"reported_total|russia|ukraine|2030-06-17|6060|||russian-state-news-agencies-memorandum moscow-times-2025-06-02");
		}

		@Test
		void eachFactListsTheSourcesItCitesInTheirOrder() throws Exception {
			this.importer.importFile("cited", GeneratedRounds.process("cited", 1, true));
			// The second stage cites a second source before the first; the first stage
			// cites none.
			this.jdbc
				.sql("""
						update citation cit set position = 1 from exchange_stage st join exchange_agreement e on e.id = st.agreement_id
						join round r on r.id = e.round_id where cit.exchange_stage_id = st.id and r.slug = 'cited-round' and st.sequence = 2""")
				.update();
			this.jdbc
				.sql("""
						insert into citation (source_id, exchange_stage_id, position)
						select s.id, st.id, 0 from source s, exchange_stage st join exchange_agreement e on e.id = st.agreement_id
						join round r on r.id = e.round_id
						where s.slug = 'economist-russian-threat-kharkiv-sumy' and r.slug = 'cited-round' and st.sequence = 2""")
				.update();
			this.jdbc.sql("""
					delete from citation cit using exchange_stage st, exchange_agreement e, round r
					where cit.exchange_stage_id = st.id and e.id = st.agreement_id and r.id = e.round_id
					and r.slug = 'cited-round' and st.sequence = 1""").update();
			// A memorandum and a clause with the same id, each citing its own sources.
			this.jdbc.sql("""
					insert into memorandum (id, process_id, slug, title, author_party_id, round_id)
					select 2000000001, process_id, 'cited-twin', 'Twin', author_party_id, round_id from memorandum
					where slug = 'cited-memorandum-1'""").update();
			this.jdbc.sql("""
					insert into clause (id, memorandum_id, number, topic, text)
					values (2000000001, 2000000001, 1, 'TERRITORY', 'Twin clause')""").update();
			this.jdbc
				.sql("""
						insert into citation (source_id, memorandum_id, clause_id, position)
						select s.id, case when s.slug = 'russian-state-news-agencies-memorandum' then null else 2000000001 end,
						    case when s.slug = 'russian-state-news-agencies-memorandum' then 2000000001 end,
						    case when s.slug = 'moscow-times-2025-06-02' then 0 else 1 end
						from source s where s.slug in ('moscow-times-2025-06-02', 'ukrainian-state-media-umerov-third-meeting',
						    'russian-state-news-agencies-memorandum')""")
				.update();
			SelectedRounds cited = selected("cited", null, null, null, null, null, null);
			StringWriter exchanges = new StringWriter();
			StringWriter memoranda = new StringWriter();

			this.csv.exchanges(cited, exchanges);
			this.csv.memoranda(cited, false, memoranda);

			assertThat(csv(exchanges.toString()))
				.extracting((row) -> row.get("record") + " " + row.get("stage") + ": " + row.get("sources"))
				.containsExactly("agreement : moscow-times-2025-06-02", "stage 1: ",
						"stage 2: economist-russian-threat-kharkiv-sumy moscow-times-2025-06-02");
			assertThat(csv(memoranda.toString()))
				.extracting((row) -> row.get("memorandum") + " " + row.get("record") + ": " + row.get("sources"))
				.containsExactly("cited-memorandum-1 memorandum: moscow-times-2025-06-02",
						"cited-memorandum-1 clause: ",
						"cited-twin memorandum: moscow-times-2025-06-02 ukrainian-state-media-umerov-third-meeting",
						"cited-twin clause: russian-state-news-agencies-memorandum");
		}

		@Test
		void eachMemorandumIsFollowedByItsClausesInTheirOrder() throws Exception {
			this.importer.importFile("memoranda", GeneratedRounds.process("memoranda", 2, true));
			// A clause inserted before the first one, entered after it.
			this.jdbc.sql("""
					update clause c set number = 2 from memorandum m where m.id = c.memorandum_id
					and m.slug = 'memoranda-memorandum-1'""").update();
			this.jdbc
				.sql("""
						insert into clause (memorandum_id, number, topic, text)
						select id, 1, 'CEASEFIRE_CONDITIONS', 'Inserted' from memorandum where slug = 'memoranda-memorandum-1'""")
				.update();
			StringWriter out = new StringWriter();

			this.csv.memoranda(selected("memoranda", null, null, null, null, null, null), false, out);

			assertThat(csv(out.toString()))
				.extracting((row) -> String
					.join(" ", row.get("memorandum"), row.get("record"), row.get("clause"), row.get("topic"))
					.strip())
				.containsExactly("memoranda-memorandum-1 memorandum",
						"memoranda-memorandum-1 clause 1 ceasefire_conditions",
						"memoranda-memorandum-1 clause 2 territory", "memoranda-memorandum-2 memorandum",
						"memoranda-memorandum-2 clause 1 territory");
		}

		@Test
		void statementCountDoesNotGrowWithTheData() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			var selection = selected("small", null, null, null, null, null, null);
			SqlStatements statements = new SqlStatements();
			long small = statements.countWhile(() -> everything(selection));
			this.importer.importFile("large", GeneratedRounds.process("large", 30, true));
			var large = selected("large", null, null, null, null, null, null);

			assertThat(statements.countWhile(() -> everything(large))).isEqualTo(small);
		}

		@Test
		void aDataFileThatFailsPartWayIsNotAWholeFile() {
			this.importer.importFile("large", GeneratedRounds.process("large", 30, true));
			FailingAfter out = new FailingAfter(20_000);

			assertThatException().isThrownBy(() -> this.writer.write(DataFileWriter.Selection.everything(), out));
			assertThat(out.written.toString(StandardCharsets.UTF_8).stripTrailing()).doesNotEndWith("}");
		}

		@Test
		void aCsvThatFailsPartWayRaisesAnError() {
			this.importer.importFile("large", GeneratedRounds.process("large", 30, true));
			var all = selected(null, null, null, null, null, null, null);

			assertThatException().isThrownBy(() -> this.csv.exchanges(all,
					new OutputStreamWriter(new FailingAfter(2_000), StandardCharsets.UTF_8)));
		}

		/**
		 * The rounds a download with these filters holds, selected as the download
		 * selects them.
		 */
		private SelectedRounds selected(String process, Integer year, RoundStatus status, String party, String venue,
				String q, RoundOrder sort) {
			RoundFilter filter = this.selections
				.filter(new RoundFilterForm(process, year, status, party, venue, q, sort));
			return filter.isEmpty() ? SelectedRounds.ALL : SelectedRounds.of(this.selections.roundIds(filter));
		}

		private void everything(SelectedRounds selection) {
			this.csv.rounds(selection, new StringWriter());
			this.csv.exchanges(selection, new StringWriter());
			this.csv.memoranda(selection, false, new StringWriter());
			this.writer.write(DataFileWriter.Selection.rounds(selection.ids()), OutputStream.nullOutputStream());
		}

	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aDownloadThatFailsPartWayIsAnErrorAndTheLogSaysWhy(CapturedOutput log) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/data/exchanges.csv");
		MockHttpServletResponse response = new MockHttpServletResponse();

		assertThatExceptionOfType(DataSetDownloads.DownloadFailedException.class).isThrownBy(
				() -> this.downloads.send(request, response, "exchanges.csv", MediaType.TEXT_PLAIN, false, (out) -> {
					out.write("exchange,record\r\n".getBytes(StandardCharsets.UTF_8));
					throw new IllegalStateException("the database went away");
				}));
		assertThat(log).contains("The download /data/exchanges.csv failed part-way").contains("the database went away");
	}

	@Test
	void takesAChoiceInAnyCaseAsTheCsvWritesIt() throws Exception {
		assertThat(csv(download("/data/rounds.csv?status=held", "talks-tracker-rounds.csv")))
			.extracting((row) -> row.get("round"))
			.containsExactly("istanbul-2025-05-16", "istanbul-2025-06-02", "istanbul-2025-07-23");
		assertThat(csv(download("/data/exchanges.csv?status=Scheduled", "talks-tracker-exchanges.csv"))).isEmpty();
	}

	@Test
	void refusesAnUnknownChoiceNamingItAndTheValuesItTakes() throws Exception {
		String page = this.mvc.perform(get("/data/exchanges.csv?status=finished"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("The address gives status as “finished”, which this page cannot use.")
			.contains("scheduled, held, postponed, cancelled are the values it takes.");
	}

	private MvcResult download(String url, String filename) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\""))
			.andReturn();
	}

	private static List<CSVRecord> csv(MvcResult result) throws IOException {
		return csv(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	/** A client that goes away after some bytes. */
	static final class FailingAfter extends OutputStream {

		final ByteArrayOutputStream written = new ByteArrayOutputStream();

		private final int limit;

		FailingAfter(int limit) {
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			if (this.written.size() >= this.limit) {
				throw new IOException("Connection reset by peer");
			}
			this.written.write(b);
		}

	}

}
