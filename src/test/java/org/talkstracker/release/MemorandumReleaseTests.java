package org.talkstracker.release;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A memorandum has its own page, so its changes are releases as a round's are. Releases
 * are made as a transaction commits, so these tests commit ({@link CommittingTest}); each
 * works on memoranda, sources and rounds of its own ({@code memo-release-…}).
 */
@CommittingTest
@WithMockUser(username = "olena", roles = "EDITOR")
class MemorandumReleaseTests {

	static final String PROCESS = "russia-ukraine-direct-talks-2025";

	static final String SOURCE = "moscow-times-2025-06-02";

	static final Map<String, String> TITLES = Map.of("memo-release-note", "Note on a further meeting");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FirstReleases firstReleases;

	@Test
	void aMemorandumOfNoRoundIsReleasedAtEveryChangeAndItsOldReleasesStayAsTheyWere() throws Exception {
		String slug = "memo-release-note";
		String page = "/memoranda/" + slug;
		this.mvc.perform(memorandum("/admin/memoranda/new", slug, 0, "The parties should meet again in July."))
			.andExpect(status().is3xxRedirection());
		assertThat(release(slug, 1)).containsEntry("kind", "UPDATE")
			.containsEntry("note", null)
			.containsEntry("editor", "olena");
		assertThat((String) release(slug, 1).get("data_file")).contains("The parties should meet again in July.");

		this.mvc.perform(clause(slug, "/clauses/new", 0, "An exchange of all prisoners for all prisoners."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"This changes what readers see of the memorandum “Note on a further meeting”, which is public: say what changed in a public note")));
		assertThat(latestNumber(slug)).isOne();
		assertThat(this.jdbc
			.sql("select count(*) from clause c join memorandum m on m.id = c.memorandum_id where m.slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single()).isZero();

		this.mvc
			.perform(clause(slug, "/clauses/new", 0, "An exchange of all prisoners for all prisoners.")
				.param("releaseKind", "UPDATE")
				.param("releaseNote", "Added the clause on prisoners"))
			.andExpect(status().is3xxRedirection());
		assertThat(release(slug, 2)).containsEntry("kind", "UPDATE")
			.containsEntry("note", "Added the clause on prisoners");

		this.mvc
			.perform(memorandum("/admin/memoranda/" + slug + "/edit", slug, version(slug),
					"The parties should meet again in Istanbul in July.")
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "The meeting is to be in Istanbul, as the note says"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> corrected = release(slug, 3);
		assertThat(corrected).containsEntry("kind", "CORRECTION");
		assertThat(corrected.get("sha256"))
			.isEqualTo(ReleasedFile.sha256(((String) corrected.get("data_file")).getBytes(StandardCharsets.UTF_8)));

		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LINK, "<http://localhost" + page + "/releases/3>; rel=\"cite-as\""))
			.andExpect(content().string(allOf(containsString("Release 3"), containsString("Correction"),
					containsString("The meeting is to be in Istanbul, as the note says"),
					containsString("Last corrected"),
					containsString("release 3, http://localhost" + page + "/releases/3"),
					containsString("The parties should meet again in Istanbul in July."))));
		this.mvc.perform(get(page + "/releases"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Releases of the memorandum “Note on a further meeting”"),
					containsString("by olena"), containsString("First published"),
					containsString("Added the clause on prisoners"),
					containsString("Memorandum “Note on a further meeting”: clause 1 added (Humanitarian)"),
					containsString("Memorandum “Note on a further meeting”: summary revised"))));
		this.mvc.perform(get(page + "/releases/1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.LINK, "<http://localhost" + page + "/releases/1>; rel=\"cite-as\""))
			.andExpect(content().string(allOf(containsString("This is release 1 of this memorandum"),
					containsString("The current release is 3"),
					containsString("The parties should meet again in July."),
					not(containsString("in Istanbul in July")),
					not(containsString("all prisoners for all prisoners")))));
		this.mvc.perform(get(page + "/releases/2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This is release 2 of this memorandum"),
					containsString("An exchange of all prisoners for all prisoners."),
					containsString("The Moscow Times"))));
		this.mvc.perform(get(page + "/releases/4")).andExpect(status().isNotFound());
	}

	@Test
	void aTranslationOfAMemorandumOfNoRoundIsOneOfItsReleases() throws Exception {
		String slug = "memo-release-translated";
		this.mvc.perform(memorandum("/admin/memoranda/new", slug, 0, "The parties should exchange lists."))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber(slug)).isOne();

		this.mvc
			.perform(post("/admin/memoranda/" + slug + "/texts/summary/translations/new").with(csrf())
				.param("language", "UK")
				.param("text", "Сторони мають обмінятися списками.")
				.param("translator", "Олена Коваль")
				.param("version", "0")
				.param("releaseKind", "UPDATE")
				.param("releaseNote", "Translated the summary into Ukrainian"))
			.andExpect(status().is3xxRedirection());

		assertThat(release(slug, 2)).containsEntry("note", "Translated the summary into Ukrainian");
		assertThat((String) release(slug, 2).get("data_file")).contains("Сторони мають обмінятися списками.");
		this.mvc.perform(get("/uk/memoranda/" + slug))
			.andExpect(content().string(containsString("<span lang=\"uk\">Сторони мають обмінятися списками.</span>")));
		this.mvc.perform(get("/memoranda/" + slug + "/releases"))
			.andExpect(content().string(containsString(
					"Memorandum “Memorandum memo-release-translated”: translation of the summary into Ukrainian added")));
	}

	@Test
	void theSchemaRefusesToChangeOrDeleteAMemorandumRelease() throws Exception {
		String slug = "memo-release-kept";
		this.mvc.perform(memorandum("/admin/memoranda/new", slug, 0, "Kept as it was."))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber(slug)).isOne();

		assertThatThrownBy(
				() -> this.jdbc.sql("update memorandum_release set note = 'rewritten' where memorandum_slug = :slug")
					.param("slug", slug)
					.update())
			.hasMessageContaining("A release is never changed or deleted (memorandum_release");
		assertThatThrownBy(() -> this.jdbc.sql("delete from memorandum_release where memorandum_slug = :slug")
			.param("slug", slug)
			.update()).hasMessageContaining("A release is never changed or deleted (memorandum_release");
		assertThatThrownBy(() -> this.jdbc.sql("truncate memorandum_release").update())
			.hasMessageContaining("A release is never changed or deleted (memorandum_release");
		assertThat(latestNumber(slug)).isOne();
	}

	@Test
	void correctingASourceReleasesTheMemorandaThatCiteIt() throws Exception {
		String slug = "memo-release-cited";
		this.mvc.perform(source("/admin/sources/new", 0, "A note handed over")).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(memorandum("/admin/memoranda/new", slug, 0, "Cites a source of its own.").param("sources",
					"memo-release-report"))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber(slug)).isOne();

		this.mvc.perform(source("/admin/sources/memo-release-report/edit", 0, "A note handed over in Istanbul"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say what changed in a public note for readers")));
		assertThat(latestNumber(slug)).isOne();

		this.mvc
			.perform(source("/admin/sources/memo-release-report/edit", 0, "A note handed over in Istanbul")
				.param("releaseKind", "CORRECTION")
				.param("releaseNote", "Corrected the title of a source"))
			.andExpect(status().is3xxRedirection());
		assertThat(release(slug, 2)).containsEntry("note", "Corrected the title of a source");
		assertThat((String) release(slug, 2).get("data_file")).contains("A note handed over in Istanbul");
		this.mvc.perform(get("/memoranda/" + slug + "/releases"))
			.andExpect(content().string(containsString(
					"Source corrected: Reuters: title “A note handed over” → “A note handed over in Istanbul”")));
	}

	@Test
	void aMemorandumOfARoundIsReleasedWhenTheRoundIsPublishedAndThenWithTheRoundWithOneNote() throws Exception {
		String slug = "memo-release-of-a-round";
		String round = "memo-release-round";
		this.jdbc.sql("""
				insert into round (process_id, slug, number, status, city, held_on, published, version)
				select id, :round, 91, 'HELD', 'Geneva', date '2025-09-02', false, 0 from process where slug = :process;
				insert into citation (round_id, source_id, position)
				select r.id, s.id, 0 from round r, source s where r.slug = :round and s.slug = :source""")
			.param("round", round)
			.param("process", PROCESS)
			.param("source", SOURCE)
			.update();
		this.mvc
			.perform(memorandum("/admin/memoranda/new", slug, 0, "Handed over at a round still in draft.")
				.param("round", round))
			.andExpect(status().is3xxRedirection());
		assertThat(latestNumber(slug)).isZero();
		this.mvc.perform(get("/memoranda/" + slug + "/releases")).andExpect(status().isNotFound());

		this.mvc.perform(post("/admin/rounds/" + round + "/publish").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(roundReleases(round)).isOne();
		assertThat(latestNumber(slug)).isOne();

		this.mvc
			.perform(memorandum("/admin/memoranda/" + slug + "/edit", slug, version(slug),
					"Handed over at a round, and revised.")
				.param("round", round))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("say what changed in a public note for readers")));
		assertThat(latestNumber(slug)).isOne();

		this.mvc
			.perform(memorandum("/admin/memoranda/" + slug + "/edit", slug, version(slug),
					"Handed over at a round, and revised.")
				.param("round", round)
				.param("releaseNote", "Revised the summary"))
			.andExpect(status().is3xxRedirection());
		assertThat(release(slug, 2)).containsEntry("note", "Revised the summary");
		assertThat(roundReleases(round)).isEqualTo(2);
		this.mvc.perform(get("/memoranda/" + slug + "/releases/1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Handed over at a round still in draft."),
					containsString("href=\"/rounds/" + round + "#memorandum-" + slug + "\""),
					containsString("Round 91, Geneva"))));
	}

	@Test
	void aMemorandumShownBeforeMemorandaHadReleasesGetsItsFirstRelease() {
		this.jdbc
			.sql("""
					insert into memorandum (process_id, slug, title, author_party_id, summary, version)
					select p.id, 'memo-release-scripted', 'A memorandum a script wrote', x.id, 'Written by a script.', 0
					from process p, party x where p.slug = :process and x.slug = 'ukraine';
					insert into citation (memorandum_id, source_id, position)
					select m.id, s.id, 0 from memorandum m, source s where m.slug = 'memo-release-scripted' and s.slug = :source""")
			.param("process", PROCESS)
			.param("source", SOURCE)
			.update();

		this.firstReleases.releaseAll();

		assertThat(this.jdbc.sql("""
				select number || ' ' || kind || ' ' || editor || ' ' || coalesce(note, 'without a note')
				from memorandum_release where memorandum_slug = 'memo-release-scripted'""").query(String.class).list())
			.containsExactly("1 UPDATE Talks Tracker without a note");
	}

	private static MockHttpServletRequestBuilder memorandum(String path, String slug, long version, String summary) {
		return post(path).with(csrf())
			.param("process", PROCESS)
			.param("slug", slug)
			.param("title", TITLES.getOrDefault(slug, "Memorandum " + slug))
			.param("author", "ukraine")
			.param("summary", summary)
			.param("sources", SOURCE)
			.param("version", Long.toString(version));
	}

	private static MockHttpServletRequestBuilder clause(String slug, String path, long version, String text) {
		return post("/admin/memoranda/" + slug + path).with(csrf())
			.param("number", "1")
			.param("topic", "HUMANITARIAN")
			.param("text", text)
			.param("sources", SOURCE)
			.param("version", Long.toString(version));
	}

	private static MockHttpServletRequestBuilder source(String path, long version, String title) {
		return post(path).with(csrf())
			.param("slug", "memo-release-report")
			.param("publisher", "Reuters")
			.param("title", title)
			.param("publishedOn", "2025-06-04")
			.param("kind", "INDEPENDENT")
			.param("version", Long.toString(version));
	}

	private long version(String slug) {
		return this.jdbc.sql("select version from memorandum where slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single();
	}

	private int latestNumber(String slug) {
		return this.jdbc.sql("select coalesce(max(number), 0) from memorandum_release where memorandum_slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single();
	}

	private int roundReleases(String slug) {
		return this.jdbc.sql("select count(*) from round_release where round_slug = :slug")
			.param("slug", slug)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> release(String slug, int number) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select kind, note, editor, data_file, sha256 from memorandum_release
				where memorandum_slug = :slug and number = :n""")
			.param("slug", slug)
			.param("n", number)
			.query()
			.listOfRows();
		assertThat(rows).as("release %d of %s", number, slug).hasSize(1);
		return rows.get(0);
	}

}
