package org.talkstracker.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.round.RoundRepository;
import org.talkstracker.web.ConcurrencyLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The editors' import page. Dry runs are checked outside a test transaction, since a dry
 * run ends its own transaction with a rollback; real imports are rolled back after each
 * test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "olena", roles = "EDITOR")
class ImportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RoundRepository rounds;

	@Autowired
	ConcurrencyLimit imports;

	static MockMultipartHttpServletRequestBuilder upload(String mode, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/import").file(file);
		request.param("mode", mode).with(csrf());
		return request;
	}

	static MockMultipartFile file(String name, InputStream content) throws IOException {
		try (content) {
			return new MockMultipartFile("file", name, "application/json", content.readAllBytes());
		}
	}

	@Test
	void theUploadFormCarriesItsTokenInItsBodyNeverInTheAddress() throws Exception {
		this.mvc.perform(get("/admin/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("action=\"/admin/import\""), containsString("type=\"hidden\" name=\"_csrf\""),
					containsString("type=\"file\""), not(containsString("?_csrf=")))));
	}

	/**
	 * The dry run keeps the file on the server and offers to import it; its token goes in
	 * the confirmation form's body. ({@link RealImports} confirms one.)
	 */
	@Test
	void aDryRunThatPassesOffersToImportTheSameFileWithoutChoosingItAgain(@Autowired JdbcTemplate jdbc)
			throws Exception {
		byte[] content = GeneratedRounds.process("kept", 1, false).readAllBytes();

		String page = this.mvc
			.perform(upload("dry-run", new MockMultipartFile("file", "kept.json", "application/json", content)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("the file is kept for an hour"),
					containsString("action=\"/admin/import/confirm\""), containsString(">Import kept.json<"),
					not(containsString("?_csrf=")))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher token = Pattern.compile("name=\"upload\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		try {
			assertThat(jdbc.queryForObject("select content from pending_import where token = ? and account = 'olena'",
					byte[].class, token.group(1)))
				.isEqualTo(content);
		}
		finally {
			jdbc.update("delete from pending_import where token = ?", token.group(1));
		}
	}

	@Test
	void aDryRunThatFailsKeepsNothingToConfirm() throws Exception {
		this.mvc
			.perform(upload("dry-run", new MockMultipartFile("file", "bad.json", "application/json", "{}".getBytes())))
			.andExpect(content()
				.string(allOf(containsString("cannot be imported"), not(containsString("/admin/import/confirm")))));
	}

	@Test
	void aConfirmationOfAFileNoLongerKeptAsksForTheFileAgain() throws Exception {
		this.mvc.perform(post("/admin/import/confirm").with(csrf()).param("upload", "no-such-upload-token-at-all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no longer kept")));
	}

	@Test
	void aDryRunListsWhatWouldBeCreatedAndWritesNothing() throws Exception {
		this.mvc.perform(upload("dry-run", file("round.json", GeneratedRounds.process("dry", 2, false))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Dry run of round.json"), containsString("Nothing was written"),
						containsString("<td>round</td>"), containsString(">dry-round<"), containsString(">proposal-2<"),
						containsString("<td>created</td>"))));

		assertThat(this.rounds.findBySlug("dry-round")).isEmpty();
	}

	@Test
	void aDryRunOfTheReferenceDataChangesNothing() throws Exception {
		this.mvc
			.perform(upload("dry-run",
					file("istanbul-2025.json",
							new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream())))
			.andExpect(content().string(containsString("The file would create 0 records and change 0.")));
	}

	@Test
	void aDryRunOfAnEditedFileListsTheFieldsItWouldChange() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode reference = (ObjectNode) json
			.readTree(new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream());
		((ObjectNode) reference.at("/processes/0/rounds/1")).put("venue", "Ciragan Palace");

		this.mvc
			.perform(upload("dry-run",
					new MockMultipartFile("file", "edited.json", "application/json",
							json.writeValueAsBytes(reference))))
			.andExpect(content().string(allOf(containsString("change 1."), containsString("<td>changed</td>"),
					containsString(">istanbul-2025-06-02<"), containsString("<td>venue</td>"))));
		assertThat(this.rounds.findBySlug("istanbul-2025-06-02").orElseThrow().getVenue()).isEqualTo("Çırağan Palace");
	}

	@Test
	void aDryRunOfAFileThatChangesOnlyAProposalListsTheProposalNotItsRound() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode reference = (ObjectNode) json
			.readTree(new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream());
		((ObjectNode) reference.at("/processes/0/rounds/1/proposals/0")).put("response", "Answered in writing.");

		this.mvc
			.perform(upload("dry-run",
					new MockMultipartFile("file", "edited.json", "application/json",
							json.writeValueAsBytes(reference))))
			.andExpect(content().string(allOf(containsString("change 1."), containsString("<td>response</td>"))));
	}

	@Test
	void everyProblemOfAnInvalidFileIsListedWithItsJsonPath() throws Exception {
		this.mvc
			.perform(upload("import",
					file("invalid.json", new ClassPathResource("datafile/invalid-reference.json").getInputStream())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nothing was written"),
					containsString("<code>$.processes[0].parties[1]</code>"),
					containsString("unknown party &#39;atlantis&#39;"),
					containsString("<code>$.processes[0].rounds[0].sources[0]</code>"))));
	}

	/**
	 * Judged by the schema's own rule, before anything is written; the editor gets the
	 * problem at its path, never an error page.
	 */
	@Test
	void aHandoverDatedBeforeTheRoundOfItsAgreementIsListedWithItsJsonPath() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		ObjectNode reference = (ObjectNode) json
			.readTree(new ClassPathResource("datafile/reference/istanbul-2025.json").getInputStream());
		ObjectNode stage = ((ObjectNode) reference.at("/processes/0/rounds/1/exchanges/0")).putArray("stages")
			.addObject();
		stage.put("sequence", 1).putObject("occurred").put("date", "2025-05-31").put("precision", "day");
		stage.putArray("sources").add("moscow-times-2025-06-02");

		this.mvc
			.perform(upload("import",
					new MockMultipartFile("file", "early.json", "application/json", json.writeValueAsBytes(reference)))
				.param("releaseNote", "A handover reported after the round"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nothing was written"),
					containsString("<code>$.processes[0].rounds[1].exchanges[0].stages[0].occurred</code>"),
					containsString("the handover is dated before the round where its agreement was made"))));
	}

	@Test
	void aFileBeyondTheImportsLimitsIsRefusedWithWhatTheLimitsAre() throws Exception {
		// 600,001 numbers: more JSON tokens than an import reads
		// (talks.import.max-tokens).
		byte[] millions = ("{\"format\":\"talks-tracker/1\",\"sources\":[" + "1,".repeat(600_000) + "1]}")
			.getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(upload("dry-run", new MockMultipartFile("file", "numbers.json", "application/json", millions)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nothing was written: 1 problem."),
					containsString("the file is beyond the import&#39;s limits (at most 20 levels of nesting, "
							+ "500,000 JSON tokens and 1,000,000 characters in one string)"),
					containsString("Token count (500001)"))));
	}

	@Test
	void ofManyProblemsTheFirstHundredAreListedAndTheRestCounted() throws Exception {
		// 300 numbers where sources belong, and no parties, people or processes: 303
		// problems.
		byte[] wrong = ("{\"format\":\"talks-tracker/1\",\"sources\":[" + "1,".repeat(299) + "1]}")
			.getBytes(StandardCharsets.UTF_8);

		String page = this.mvc
			.perform(upload("dry-run", new MockMultipartFile("file", "wrong.json", "application/json", wrong)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nothing was written: 303 problems."),
					containsString("<code>$.sources[99]</code>"), not(containsString("<code>$.sources[100]</code>")),
					containsString("The first 100 are listed, and 203 more."))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.split("<code>", -1)).hasSize(101);
	}

	@Test
	void anImportWhileAnotherRunsIsToldToTryAgainInAMoment() throws Exception {
		try (ConcurrencyLimit.Turn running = this.imports.await()) {
			this.mvc.perform(upload("import", file("round.json", GeneratedRounds.process("second", 1, false))))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"))
				.andExpect(content().string(allOf(containsString("Import a data file"),
						containsString("Another import is running. Nothing was written; try again in a moment."))));
		}
		assertThat(this.rounds.findBySlug("second-round")).isEmpty();

		this.mvc.perform(upload("dry-run", file("round.json", GeneratedRounds.process("second", 1, false))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was written. The file would create")));
	}

	@Test
	void theImportsLimitsAdmitALargeGeneratedFile(@Autowired DataFileReader reader) {
		DataFile generated = reader.read("generated.json", GeneratedRounds.process("generated", 1_000, false));

		assertThat(generated.processes().get(0).rounds().get(0).proposals()).hasSize(1_000);
	}

	@Test
	void aFileThatIsNotJsonIsRefusedWithWhereItBroke() throws Exception {
		this.mvc
			.perform(upload("dry-run",
					new MockMultipartFile("file", "notes.txt", "text/plain",
							"<script>alert('x')</script>".getBytes(StandardCharsets.UTF_8))))
			.andExpect(content().string(allOf(containsString("<code>$</code>"), containsString("not valid JSON"),
					not(containsString("<script>alert")))));
	}

	@Test
	void noFileIsAskedFor() throws Exception {
		this.mvc.perform(multipart("/admin/import").param("mode", "import").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file first.")));
	}

	@Test
	void aPlainFormWithoutAFileIsNeverAnError() throws Exception {
		this.mvc.perform(post("/admin/import").with(csrf()).param("mode", "import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file first.")));
	}

	@Test
	void anUploadWithoutItsTokenIsRefused() throws Exception {
		this.mvc.perform(multipart("/admin/import").file(file("round.json", GeneratedRounds.process("x", 1, false))))
			.andExpect(status().isForbidden());
	}

	@Nested
	@Transactional
	class RealImports {

		@Test
		void anImportWritesTheWholeFileAsDrafts() throws Exception {
			ImportPageTests.this.mvc
				.perform(upload("import", file("round.json", GeneratedRounds.process("real", 3, false))))
				.andExpect(content().string(allOf(containsString("Import of round.json"), containsString("Imported:"),
						containsString(">real-round<"))));

			assertThat(ImportPageTests.this.rounds.findBySlug("real-round"))
				.hasValueSatisfying((round) -> assertThat(round.isPublished()).isFalse());
		}

		@Test
		void theConfirmationImportsTheKeptFileAndForgetsIt(@Autowired PendingImports pending,
				@Autowired JdbcTemplate jdbc) throws Exception {
			String token = pending.keep("olena", "kept.json",
					file("kept.json", GeneratedRounds.process("kept", 2, false)));

			ImportPageTests.this.mvc.perform(post("/admin/import/confirm").with(csrf()).param("upload", token))
				.andExpect(content().string(allOf(containsString("Import of kept.json"), containsString("Imported:"),
						containsString(">kept-round<"), not(containsString("/admin/import/confirm")))));

			assertThat(ImportPageTests.this.rounds.findBySlug("kept-round")).isPresent();
			assertThat(jdbc.queryForObject("select count(*) from pending_import where token = ?", Integer.class, token))
				.isZero();
		}

		@Test
		void onlyTheEditorWhoUploadedAFileMayConfirmIt(@Autowired PendingImports pending) throws Exception {
			String token = pending.keep("mykola", "kept.json",
					file("kept.json", GeneratedRounds.process("theirs", 1, false)));

			ImportPageTests.this.mvc.perform(post("/admin/import/confirm").with(csrf()).param("upload", token))
				.andExpect(content().string(containsString("no longer kept")));
			assertThat(ImportPageTests.this.rounds.findBySlug("theirs-round")).isEmpty();
		}

		@Test
		void aFileOfTenMegabytesImports() throws Exception {
			byte[] large = nearlyTenMegabytes();
			// Ten megabytes, as the multipart limit counts them (10 × 1024 × 1024 bytes).
			assertThat(large.length).isBetween(9_500_000, 10 * 1024 * 1024);

			ImportPageTests.this.mvc
				.perform(upload("import", new MockMultipartFile("file", "large.json", "application/json", large)))
				.andExpect(content().string(allOf(containsString("Imported:"), containsString("And "))));
			assertThat(ImportPageTests.this.rounds.findBySlug("large-round")).isPresent();
		}

		/**
		 * A generated round whose texts are each as long as a text may be
		 * (EditingForm.LONG_TEXT), with as many of every kind of fact as keep the file
		 * just under the limit.
		 */
		private static byte[] nearlyTenMegabytes() throws IOException {
			// The file grows in proportion to the round's size: one small file tells
			// about
			// where to start, so that only a few are generated on the way up.
			int small = 100;
			int size = (int) (small * 9_600_000L / withLongTexts(small).length) / 10 * 10;
			byte[] file;
			do {
				file = withLongTexts(size);
				size += 10;
			}
			while (file.length < 9_600_000);
			return file;
		}

		private static byte[] withLongTexts(int size) throws IOException {
			JsonMapper json = JsonMapper.builder().build();
			JsonNode file;
			try (InputStream generated = GeneratedRounds.process("large", size, false)) {
				file = json.readTree(generated);
			}
			String text = "Details of a long proposal. ".repeat(142);
			file.at("/processes/0/rounds/0/proposals")
				.forEach((proposal) -> ((ObjectNode) proposal).put("details", text).put("response", text));
			file.at("/processes/0/rounds/0/exchanges").forEach((exchange) -> {
				((ObjectNode) exchange).put("criteria", text).put("description", text);
				exchange.get("stages").forEach((stage) -> ((ObjectNode) stage).put("note", text));
			});
			file.at("/processes/0/memoranda").forEach((memorandum) -> {
				((ObjectNode) memorandum).put("summary", text);
				memorandum.get("clauses").forEach((clause) -> ((ObjectNode) clause).put("text", text));
			});
			file.at("/processes/0/statements").forEach((statement) -> ((ObjectNode) statement).put("text", text));
			return json.writeValueAsBytes(file);
		}

	}

}
