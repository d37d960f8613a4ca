package org.talkstracker.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.talkstracker.CommittingTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Releases are made as a transaction commits, so these tests commit
 * ({@link CommittingTest}); they work on round 2's body exchange, which no other
 * committing test changes.
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class RoundReleaseTests {

	static final String SLUG = "istanbul-2025-06-02";

	static final String AGREEMENT = "/admin/rounds/" + SLUG + "/exchanges/bodies-6000-each";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FirstReleases firstReleases;

	@Test
	void aCorrectedFigureIsANewReleaseAndTheOldOneStaysAsItWas() throws Exception {
		int before = latestNumber();
		assertThat(before).isPositive();

		this.mvc.perform(stage(AGREEMENT + "/stages/new", 0, "4321"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say what changed in a public note for readers")));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(stages()).isZero();

		this.mvc
			.perform(stage(AGREEMENT + "/stages/new", 0, "4321").param("releaseKind", "UPDATE")
				.param("releaseNote", "Added the first handover of bodies"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> added = release(before + 1);
		assertThat(added).containsEntry("kind", "UPDATE")
			.containsEntry("note", "Added the first handover of bodies")
			.containsEntry("editor", "olena");
		assertThat(stages()).isOne();

		this.mvc
			.perform(stage(AGREEMENT + "/stages/7/edit", stageVersion(), "4325").param("releaseKind", "CORRECTION")
				.param("releaseNote", "Corrected the first handover after the Ukrainian update"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> corrected = release(before + 2);
		assertThat(corrected).containsEntry("kind", "CORRECTION");

		assertThat(release(before + 1)).isEqualTo(added);
		JsonNode old = JSON.readTree((String) added.get("data_file"));
		JsonNode now = JSON.readTree((String) corrected.get("data_file"));
		assertThat(figure(old)).isEqualTo(4321);
		assertThat(figure(now)).isEqualTo(4325);
		((ObjectNode) stage(old).path("sideAReceived")).put("perSideA", 4325);
		assertThat(old).isEqualTo(now);
		assertThat(corrected.get("sha256")).isEqualTo(sha256((String) corrected.get("data_file")));

		String page = "/rounds/" + SLUG;
		int number = before + 2;
		this.mvc.perform(get(page))
			.andExpect(header().string(HttpHeaders.LINK,
					"<http://localhost" + page + "/releases/" + number + ">; rel=\"cite-as\""))
			.andExpect(content().string(allOf(containsString("Release " + number),
					containsString("Corrected the first handover after the Ukrainian update"),
					containsString("Last corrected"), containsString("4,325"))));
		this.mvc.perform(get("/feed.atom"))
			.andExpect(content()
				.string(allOf(containsString("<id>http://localhost" + page + "/releases/" + number + "</id>"),
						containsString("<summary>Corrected the first handover after the Ukrainian update</summary>"),
						containsString("<name>olena</name>"))));
		this.mvc.perform(get(page + "/releases"))
			.andExpect(content().string(allOf(containsString("Release " + number),
					containsString("Added the first handover of bodies"), containsString("by olena"),
					containsString("Exchange “Bodies of the killed” (Russia and Ukraine), stage 7, 11 June 2025 added"),
					containsString("stage 7, 11 June 2025: Russia received 4,321 → 4,325 as Russia reports it"))));
		this.mvc.perform(get(page + "/releases/" + (before + 1)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LINK,
					"<http://localhost" + page + "/releases/" + (before + 1) + ">; rel=\"cite-as\""))
			.andExpect(content().string(allOf(containsString("This is release " + (before + 1) + " of this round"),
					containsString("The current release is " + number), containsString("4,321"))));
		byte[] oldPdf = this.mvc.perform(get(page + "/releases/" + (before + 1) + "/summary.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// Narrow table cells break a figure across lines.
		assertThat(pdfText(oldPdf).replaceAll("\\s+", "")).contains("4,321").doesNotContain("4,325");
		byte[] oldJson = this.mvc.perform(get(page + "/releases/" + (before + 1) + "/summary.json"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ReleasedFile.sha256(oldJson)).isEqualTo(added.get("sha256"));
	}

	private static String sha256(String text) {
		return ReleasedFile.sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void aTranslationAddedOrRemovedIsAReleaseWithItsNoteAndShowsOnThePage() throws Exception {
		String text = "/admin/rounds/" + SLUG + "/texts/next_steps";
		String translated = "Сторони дали собі тиждень, щоб вивчити обидва меморандуми.";
		int before = latestNumber();

		this.mvc.perform(translation(text, translated))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say what changed in a public note for readers")));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from text_translation where text = :text")
			.param("text", translated)
			.query(Long.class)
			.single()).isZero();

		this.mvc
			.perform(translation(text, translated).param("releaseKind", "UPDATE")
				.param("releaseNote", "Translated the next steps into Ukrainian"))
			.andExpect(status().is3xxRedirection());
		assertThat(release(before + 1)).containsEntry("note", "Translated the next steps into Ukrainian");
		assertThat((String) release(before + 1).get("data_file")).contains(translated, "Олена Коваль");
		String page = "/rounds/" + SLUG;
		this.mvc.perform(get("/uk" + page))
			.andExpect(content().string(containsString("<span lang=\"uk\">" + translated + "</span>")));
		this.mvc.perform(get(page + "/releases"))
			.andExpect(content().string(allOf(containsString("Translated the next steps into Ukrainian"),
					containsString("Next steps: translation into Ukrainian added"))));
		this.mvc.perform(get("/uk" + page + "/releases/" + (before + 1)))
			.andExpect(content().string(containsString("<span lang=\"uk\">" + translated + "</span>")));

		this.mvc
			.perform(post(text + "/translations/uk/delete").with(csrf())
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "Withdrew the Ukrainian next steps"))
			.andExpect(status().is3xxRedirection());
		assertThat(release(before + 2)).containsEntry("kind", "CORRECTION");
		this.mvc.perform(get(page + "/releases"))
			.andExpect(content().string(containsString("Next steps: translation into Ukrainian removed")));
		this.mvc.perform(get("/uk" + page)).andExpect(content().string(not(containsString(translated))));
	}

	private static MockHttpServletRequestBuilder translation(String text, String translated) {
		return post(text + "/translations/new").with(csrf())
			.param("language", "UK")
			.param("text", translated)
			.param("translator", "Олена Коваль")
			.param("version", "0");
	}

	@Test
	void aSaveThatChangesNothingReadersSeeMakesNoRelease() throws Exception {
		int before = latestNumber();
		this.mvc.perform(post("/admin/rounds/" + SLUG + "/publish").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before);
	}

	@Test
	void theSchemaRefusesToChangeOrDeleteARelease() {
		assertThatThrownBy(() -> this.jdbc.sql("update round_release set note = 'rewritten' where round_slug = :slug")
			.param("slug", SLUG)
			.update()).hasMessageContaining("A release is never changed or deleted");
		assertThatThrownBy(
				() -> this.jdbc.sql("delete from round_release where round_slug = :slug").param("slug", SLUG).update())
			.hasMessageContaining("A release is never changed or deleted");
		assertThat(latestNumber()).isPositive();
	}

	@Test
	void correctingASourceReleasesTheRoundsThatShowIt() throws Exception {
		this.mvc.perform(source("/admin/sources/new", 0, "Istanbul talks: first report"))
			.andExpect(status().is3xxRedirection());
		int before = latestNumber();
		this.mvc
			.perform(post("/admin/rounds/" + SLUG + "/proposals/new").with(csrf())
				.param("slug", "release-test-proposal")
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", "A proposal the releases test adds")
				.param("status", "PROPOSED")
				.param("sources", "release-test-report")
				.param("version", "0")
				.param("releaseNote", "Added a proposal"))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber()).isEqualTo(before + 1);

		this.mvc.perform(source("/admin/sources/release-test-report/edit", 0, "Istanbul talks: corrected report"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say what changed in a public note for readers")));
		assertThat(latestNumber()).isEqualTo(before + 1);

		this.mvc
			.perform(source("/admin/sources/release-test-report/edit", 0, "Istanbul talks: corrected report")
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "Corrected the title of a source"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> release = release(before + 2);
		assertThat(release).containsEntry("note", "Corrected the title of a source");
		assertThat((String) release.get("data_file")).contains("Istanbul talks: corrected report");
	}

	@Test
	void anImportThatChangesAPublishedRoundNeedsANoteAndNothingIsImportedWithout() throws Exception {
		byte[] file = this.mvc.perform(get("/rounds/" + SLUG + "/summary.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		ObjectNode changed = (ObjectNode) JSON.readTree(file);
		((ObjectNode) changed.path("processes").path(0).path("rounds").path(0)).put("nextSteps",
				"A third round, as the import says");
		MockMultipartFile upload = new MockMultipartFile("file", "round.json", "application/json",
				JSON.writeValueAsBytes(changed));
		int before = latestNumber();

		this.mvc.perform(multipart("/admin/import").file(upload).param("mode", "import").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This file changes what readers see of a published round")));
		assertThat(latestNumber()).isEqualTo(before);
		assertThat(this.jdbc.sql("select next_steps from round where slug = :slug")
			.param("slug", SLUG)
			.query(String.class)
			.single()).isNotEqualTo("A third round, as the import says");

		this.mvc
			.perform(multipart("/admin/import").file(upload)
				.param("mode", "import")
				.param("releaseNote", "Next steps as the organisers announced them")
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(release(before + 1)).containsEntry("note", "Next steps as the organisers announced them");
		assertThat((String) release(before + 1).get("data_file")).contains("A third round, as the import says");
	}

	@Test
	void aRoundPublishedBeforeReleasesExistedGetsItsFirstRelease() {
		this.jdbc.sql("""
				insert into round (process_id, slug, number, status, city, held_on, published, version)
				select id, 'release-test-scripted', 90, 'HELD', 'Geneva', date '2025-09-01', true, 0 from process
				where slug = 'russia-ukraine-direct-talks-2025';
				insert into citation (round_id, source_id, position)
				select r.id, s.id, 0 from round r, source s
				where r.slug = 'release-test-scripted' and s.slug = 'moscow-times-2025-06-02'""").update();

		this.firstReleases.releaseAll();

		assertThat(this.jdbc.sql("""
				select number || ' ' || kind || ' ' || editor || ' ' || coalesce(note, 'without a note')
				from round_release where round_slug = 'release-test-scripted'""").query(String.class).list())
			.containsExactly("1 UPDATE Talks Tracker without a note");
	}

	private static MockHttpServletRequestBuilder source(String path, long version, String title) {
		return post(path).with(csrf())
			.param("slug", "release-test-report")
			.param("publisher", "Reuters")
			.param("title", title)
			.param("publishedOn", "2025-06-03")
			.param("kind", "INDEPENDENT")
			.param("version", Long.toString(version));
	}

	/** Stage 7 of the bodies agreement, after the reference data's six. */
	private static MockHttpServletRequestBuilder stage(String path, long version, String sideAReceivedPerA) {
		return post(path).with(csrf())
			.param("sequence", "7")
			.param("occurredOn", "2025-06-11")
			.param("occurredPrecision", "DAY")
			.param("sideAReceivedPerA", sideAReceivedPerA)
			.param("sources", "moscow-times-2025-06-02")
			.param("version", Long.toString(version));
	}

	private static JsonNode stage(JsonNode file) {
		return file.path("processes").path(0).path("rounds").path(0).path("exchanges").path(0).path("stages").path(6);
	}

	private static int figure(JsonNode file) {
		return stage(file).path("sideAReceived").path("perSideA").asInt();
	}

	private int latestNumber() {
		return this.jdbc.sql("select coalesce(max(number), 0) from round_release where round_slug = :slug")
			.param("slug", SLUG)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> release(int number) {
		return this.jdbc.sql(
				"select kind, note, editor, data_file, sha256 from round_release where round_slug = :slug and number = :n")
			.param("slug", SLUG)
			.param("n", number)
			.query()
			.singleRow();
	}

	private long stages() {
		return this.jdbc.sql("""
				select count(*) from exchange_stage s join exchange_agreement e on e.id = s.agreement_id
				where e.slug = 'bodies-6000-each' and s.sequence = 7""").query(Long.class).single();
	}

	private long stageVersion() {
		return this.jdbc.sql("""
				select s.version from exchange_stage s join exchange_agreement e on e.id = s.agreement_id
				where e.slug = 'bodies-6000-each' and s.sequence = 7""").query(Long.class).single();
	}

}
