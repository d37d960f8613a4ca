package org.talkstracker.summary;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFile;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.DataFileReader;
import org.talkstracker.datafile.GeneratedRounds;
import org.talkstracker.datafile.MultilingualRound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The four downloads of a round, as a reader gets them. */
@SpringBootTest
@AutoConfigureMockMvc
class RoundExportTests {

	private static final String ROUND_TWO = "/rounds/istanbul-2025-06-02/summary";

	@Autowired
	MockMvc mvc;

	@Test
	void markdownSaysWhatTheRoundPageSays() throws Exception {
		this.mvc.perform(get(ROUND_TWO + ".md"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/markdown"))
			.andExpect(
					header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"istanbul-2025-06-02.md\""))
			.andExpect(header().string(HttpHeaders.LINK,
					"<http://localhost/rounds/istanbul-2025-06-02/releases/1>; rel=\"cite-as\""))
			.andExpect(content().string(allOf(containsString("# Round 2, Istanbul[^1][^2][^3][^4]"),
					containsString("| Ukraine[^1][^5][^6] | Rustem Umerov | Head of delegation | Defence Minister |"),
					containsString("### Proposed by Russia"), containsString("| Russia | 6,000 | 46 |"),
					containsString("| Ukraine | 6,000 | 7,057 |"), containsString("| Russia | all | 0 (withheld) |"),
					containsString("7. *Ceasefire conditions:* Section 2, ceasefire, one of two options"),
					containsString("*Disputes Rustem Umerov:*"), containsString("[^1]: **The Moscow Times**"),
					containsString("release 1, http://localhost/rounds/istanbul-2025-06-02/releases/1 (retrieved "))));
	}

	@Test
	void csvHasOneRowPerFact() throws Exception {
		String csv = this.mvc.perform(get(ROUND_TWO + ".csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"istanbul-2025-06-02.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(rows).filteredOn((row) -> row.get("kind").equals("statement")).hasSize(14);
		assertThat(rows).filteredOn((row) -> row.get("kind").equals("proposal")).hasSize(3);
		assertThat(rows).filteredOn((row) -> row.get("kind").equals("exchange_side"))
			.extracting((row) -> row.get("agreed"))
			.containsExactly("6000", "6000", "", "");
	}

	@Test
	void pdfIsAPdfNamedAfterTheRound() throws Exception {
		byte[] pdf = this.mvc.perform(get(ROUND_TWO + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"istanbul-2025-06-02.pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Rustem Umerov", "Vladimir Medinsky",
					"Cite this page");
		}
	}

	@Test
	void jsonIsTheRoundsDataFile(@Autowired DataFileReader reader) throws Exception {
		byte[] json = this.mvc.perform(get(ROUND_TWO + ".json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"istanbul-2025-06-02.json\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DataFile file = reader.read("round 2", new ByteArrayInputStream(json));
		assertThat(file.processes().get(0).rounds()).extracting(DataFile.RoundEntry::slug)
			.containsExactly("istanbul-2025-06-02");
	}

	@ParameterizedTest
	@ValueSource(strings = { "md", "pdf", "csv" })
	void aFormatRunsAFixedNumberOfStatements(String format) throws Exception {
		long statements = new SqlStatements()
			.countWhile(() -> this.mvc.perform(get(ROUND_TWO + "." + format)).andExpect(status().isOk()));
		assertThat(statements).isEqualTo(RoundPageStatements.EXPECTED);
	}

	@Nested
	@Transactional
	class GeneratedData {

		@Autowired
		DataFileImporter importer;

		@Test
		void pdfShowsCyrillicUkrainianAndTurkishLettersAsText() throws Exception {
			this.importer.importFile("multilingual", MultilingualRound.file());

			byte[] pdf = RoundExportTests.this.mvc.perform(get("/rounds/" + MultilingualRound.SLUG + "/summary.pdf"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Умєров", "Мединский", "Çırağan",
						"İstanbul", "Görüşmeler Çırağan'da", "Міністр оборони");
			}
		}

		@Test
		void csvKeepsCommasQuotesLineBreaksAndCyrillic() throws Exception {
			this.importer.importFile("multilingual", MultilingualRound.file());

			String csv = RoundExportTests.this.mvc.perform(get("/rounds/" + MultilingualRound.SLUG + "/summary.csv"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<CSVRecord> rows = CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(csv))
				.getRecords();
			assertThat(rows).filteredOn((row) -> row.get("kind").equals("round"))
				.singleElement()
				.satisfies((row) -> assertThat(row.get("text")).isEqualTo(MultilingualRound.TRICKY));
			assertThat(rows).filteredOn((row) -> row.get("kind").equals("delegation_member"))
				.extracting((row) -> row.get("person"))
				.containsExactly(MultilingualRound.UMEROV, MultilingualRound.MEDINSKY);
			assertThat(rows).filteredOn((row) -> row.get("kind").equals("source"))
				.extracting((row) -> row.get("title"))
				.containsExactly("Переговори, \"Стамбул\"");
		}

		@Test
		void statementCountDoesNotGrowWithTheRound() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			this.importer.importFile("large", GeneratedRounds.process("large", 25, true));
			SqlStatements statements = new SqlStatements();

			for (String format : List.of("md", "pdf", "csv", "json")) {
				long small = statements
					.countWhile(() -> RoundExportTests.this.mvc.perform(get("/rounds/small-round/summary." + format))
						.andExpect(status().isOk()));
				long large = statements
					.countWhile(() -> RoundExportTests.this.mvc.perform(get("/rounds/large-round/summary." + format))
						.andExpect(status().isOk()));
				assertThat(large).as(format).isEqualTo(small);
			}
		}

		@ParameterizedTest
		@ValueSource(strings = { "md", "pdf", "csv", "json" })
		void aDraftRoundIsNotFoundInEveryFormat(String format) throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			RoundExportTests.this.mvc.perform(get("/rounds/draft-round/summary." + format))
				.andExpect(status().isNotFound());
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "md", "pdf", "csv", "json" })
	void anUnknownRoundIsNotFoundInEveryFormat(String format) throws Exception {
		this.mvc.perform(get("/rounds/no-such-round/summary." + format))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

}
