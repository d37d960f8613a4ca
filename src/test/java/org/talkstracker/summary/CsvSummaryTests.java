package org.talkstracker.summary;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV rendering, read back with Commons CSV. */
class CsvSummaryTests {

	private final String csv = render();

	@Test
	void isRfc4180WithAHeaderAndCrlfLineEnds() {
		assertThat(this.csv).startsWith(String.join(",", CsvSummary.COLUMNS) + "\r\n");
		assertThat(this.csv.replace("\r\n", "")).doesNotContain("\r");
	}

	@Test
	void oneRowPerFactWithItsKind() throws IOException {
		List<String> kinds = records().stream().map((row) -> row.get("kind")).toList();
		assertThat(kinds).containsExactly("round", "duration", "outcome", "next_steps", "updated", "delegation_member",
				"delegation_member", "third_party", "proposal", "exchange", "exchange_side", "exchange_side",
				"exchange_stage", "exchange_stage", "exchange_stage", "exchange_stage", "exchange_reported_total",
				"exchange_reported_total", "memorandum", "clause", "statement", "statement", "source", "source",
				"citation", "licence");
		assertThat(records()).allSatisfy((row) -> assertThat(row.get("round")).isEqualTo("istanbul-2025-07-23"));
	}

	@Test
	void theLastRowIsTheDataLicence() throws IOException {
		CSVRecord licence = records().get(records().size() - 1);
		assertThat(licence.get("kind")).isEqualTo("licence");
		assertThat(licence.get("id")).isEqualTo("CC-BY-4.0");
		assertThat(licence.get("title")).isEqualTo("Creative Commons Attribution 4.0 International");
		assertThat(licence.get("url")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(licence.get("text")).isEqualTo("Short quotes remain their authors'.");
	}

	@Test
	void commasQuotesLineBreaksAndCyrillicSurviveTheRoundTrip() throws IOException {
		List<CSVRecord> rows = records();
		CSVRecord outcome = rows.stream().filter((row) -> row.get("kind").equals("outcome")).findFirst().orElseThrow();
		assertThat(outcome.get("text")).isEqualTo(SampleSummary.TRICKY);
		CSVRecord head = rows.stream()
			.filter((row) -> row.get("kind").equals("delegation_member"))
			.findFirst()
			.orElseThrow();
		assertThat(head.get("person")).isEqualTo(SampleSummary.UMEROV);
		assertThat(head.get("title")).isEqualTo("Секретар РНБО");
		assertThat(head.get("role")).isEqualTo("head");
		CSVRecord source = rows.stream()
			.filter((row) -> row.get("kind").equals("source"))
			.skip(1)
			.findFirst()
			.orElseThrow();
		assertThat(source.get("text")).isEqualTo("RIA, \"Novosti\"");
		assertThat(source.get("note")).isEqualTo("Line one\nline two");
	}

	@Test
	void stagesGiveTheCountedFigureAndBothReportsWhereTheyDiffer() throws IOException {
		CSVRecord disputed = records().stream()
			.filter((row) -> row.get("kind").equals("exchange_stage") && row.get("status").equals("disputed"))
			.findFirst()
			.orElseThrow();
		assertThat(disputed.get("number")).isEqualTo("2");
		assertThat(disputed.get("party")).isEqualTo("russia");
		assertThat(disputed.get("received")).isEqualTo("25");
		assertThat(disputed.get("text")).isEqualTo("russia: 30; ukraine: 25");
		assertThat(disputed.get("date_precision")).isEqualTo("month");
	}

	@Test
	void textASpreadsheetWouldReadAsAFormulaStartsWithAQuoteAndNumbersStayNumbers() throws IOException {
		List<CSVRecord> rows = records();
		CSVRecord stage = rows.stream()
			.filter((row) -> row.get("kind").equals("exchange_stage"))
			.findFirst()
			.orElseThrow();
		assertThat(stage.get("note")).isEqualTo("'=HYPERLINK(\"https://example.org\", \"First stage\")");
		assertThat(stage.get("received")).isEqualTo("30");
		CSVRecord proposal = rows.stream()
			.filter((row) -> row.get("kind").equals("proposal"))
			.findFirst()
			.orElseThrow();
		assertThat(proposal.get("note")).isEqualTo("'- no");
		assertThat(this.csv).contains(
				"\r\nistanbul-2025-07-23,exchange_side,,prisoners-1200,,russia,,,prisoners_of_war,disputed,,,1200,55,,,,,,at_least\r\n");
	}

	@Test
	void reportedTotalsNameTheReceivingAndTheReportingPartyAndFlagWhereTheyDiffer() throws IOException {
		assertThat(records().stream()
			.filter((row) -> row.get("kind").equals("exchange_reported_total"))
			.map((row) -> String.join(" ", row.get("parent"), row.get("party"), row.get("id"), row.get("status"),
					row.get("date"), row.get("received"), row.get("sources"))))
			.containsExactly("prisoners-1200 ukraine russia disputed 2025-08-03 65 2",
					"prisoners-1200 ukraine ukraine disputed 2025-08-02 60 1");
		assertThat(records().stream()
			.filter((row) -> row.get("kind").equals("exchange_side"))
			.map((row) -> row.get("party") + " " + row.get("agreed") + " " + row.get("agreed_precision")))
			.containsExactly("russia 1200 at_least", "ukraine 1200 exact");
	}

	@Test
	void endsWithTheCitationThenTheLicence() throws IOException {
		CSVRecord last = records().get(records().size() - 2);
		assertThat(last.get("kind")).isEqualTo("citation");
		assertThat(last.get("url")).isEqualTo("https://talks.example/rounds/istanbul-2025-07-23");
		assertThat(last.get("date")).isEqualTo("2026-11-26");
	}

	private List<CSVRecord> records() throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(this.csv))
			.getRecords();
	}

	private static String render() {
		StringWriter out = new StringWriter();
		new CsvSummary(SampleSummary.LICENCE).write(SampleSummary.round(), SampleSummary.CITATION,
				"Talks Tracker, cite", "Short quotes remain their authors'.", out);
		return out.toString();
	}

}
