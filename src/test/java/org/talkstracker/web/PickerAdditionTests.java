package org.talkstracker.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new source, person or party added inside a picker, without leaving the fact's form
 * (issue 16.2). Without a script the Add button sends the whole form: the new record is
 * saved on its own and chosen, the form shown again as typed, the fact not saved; with
 * the script, its fields alone go to {@code /admin/pickers/<kind>}. Rolled back after
 * each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class PickerAdditionTests {

	static final String NEW_PROPOSAL = "/admin/rounds/istanbul-2025-06-02/proposals/new";

	static final String MOSCOW_TIMES = "moscow-times-2025-06-02";

	static final String PRAVDA = "ukrainska-pravda-2025-05-14-russian-delegation";

	static final String PRAVDA_ADDRESS = "https://www.pravda.com.ua/eng/news/2025/05/14/7512296/";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The new-proposal form as an editor filled it in, with a new source typed in its
	 * picker.
	 */
	static MockHttpServletRequestBuilder proposalAddingSource(String publisher, String title, String url,
			String publishedOn, String kind) {
		return proposalTypingSource(publisher, title, url, publishedOn, kind).param("add", "sources");
	}

	/** The same form with the new source typed, and not (yet) added. */
	static MockHttpServletRequestBuilder proposalTypingSource(String publisher, String title, String url,
			String publishedOn, String kind) {
		return post(NEW_PROPOSAL).with(csrf())
			.param("version", "0")
			.param("slug", "typed-proposal")
			.param("title", "A typed title")
			.param("details", "Typed details, kept while a source is added.")
			.param("sources", MOSCOW_TIMES)
			.param("new-sources", "sources")
			.param("new-sources.many", "true")
			.param("new-sources.publisher", publisher)
			.param("new-sources.title", title)
			.param("new-sources.url", url)
			.param("new-sources.publishedOn", publishedOn)
			.param("new-sources.kind", kind);
	}

	@Test
	void addingASourceSavesItChosenAndShowsTheFormAgainAsTypedWithoutSavingTheFact() throws Exception {
		long proposals = count("proposal");

		String form = page(proposalAddingSource("Kyiv Independent", "Delegations meet for an hour",
				"https://kyivindependent.com/delegations-meet", "2025-06-03", "INDEPENDENT"));

		assertThat(this.jdbc
			.sql("select publisher || '|' || title || '|' || url || '|' || published_on || '|' || kind"
					+ " from source where slug = 'kyiv-independent-delegations-meet-for-an-hour'")
			.query(String.class)
			.single()).isEqualTo(
					"Kyiv Independent|Delegations meet for an hour|https://kyivindependent.com/delegations-meet|2025-06-03|INDEPENDENT");
		assertThat(count("proposal")).isEqualTo(proposals);
		assertThat(form).contains("value=\"A typed title\"", "Typed details, kept while a source is added.")
			.containsPattern("value=\"" + MOSCOW_TIMES + "\" id=\"sources\\d+\" name=\"sources\" checked")
			.containsPattern(
					"value=\"kyiv-independent-delegations-meet-for-an-hour\" id=\"sources\\d+\" name=\"sources\" checked")
			.contains("Kyiv Independent — Delegations meet for an hour (2025-06-03) is added and chosen.")
			.doesNotContain("class=\"error\"")
			.doesNotContain("value=\"Kyiv Independent\"");
	}

	/**
	 * A new source typed but not added, and the form saved: the fact is not saved without
	 * it, nor the source added behind the editor's back; the form says so beside the
	 * picker, as typed.
	 */
	@Test
	void savingWithANewSourceTypedButNotAddedSavesNothingAndSaysWhy() throws Exception {
		long proposals = count("proposal");
		long sources = count("source");

		String form = page(proposalTypingSource("Kyiv Independent", "Delegations meet for an hour",
				"https://kyivindependent.com/delegations-meet", "2025-06-03", "")
			.param("party", "ukraine")
			.param("category", "HUMANITARIAN")
			.param("status", "PROPOSED")
			.param("releaseNote", "Added a proposal.")
			.param("releaseKind", "UPDATE"));

		assertThat(count("proposal")).isEqualTo(proposals);
		assertThat(count("source")).isEqualTo(sources);
		assertThat(form)
			.containsPattern("id=\"sources-error\">A new source is typed below but was not added,"
					+ " so nothing was saved: press “Add” under it, or clear its fields.<")
			.contains("value=\"Kyiv Independent\"", "value=\"A typed title\"");
	}

	@Test
	void aRefusedSourceIsExplainedBesideItsFieldsKeepsWhatWasTypedAndWritesNothing() throws Exception {
		long sources = count("source");

		String form = page(proposalAddingSource(" ", "A title kept as typed", "not an address", "yesterday", ""));

		assertThat(count("source")).isEqualTo(sources);
		assertThat(form).contains("Nothing was added: see the messages beside the fields.")
			.containsPattern("<details class=\"picker-add\" [^>]*open=\"open\"")
			.containsPattern("id=\"new-sources-publisher-error\">Fill in this field.<")
			.containsPattern("id=\"new-sources-url-error\">Give a web address starting with http:// or https://.<")
			.containsPattern("id=\"new-sources-publishedOn-error\">Enter a date.<")
			.containsPattern("id=\"new-sources-kind-error\">Choose or fill in a value.<")
			.contains("value=\"A title kept as typed\"", "value=\"not an address\"", "value=\"A typed title\"")
			.containsPattern("value=\"" + MOSCOW_TIMES + "\" id=\"sources\\d+\" name=\"sources\" checked")
			// The fact's own fields are not judged until it is saved.
			.doesNotContain("id=\"slug-error\"");
	}

	@Test
	void aSourceAtAnAddressAlreadyStoredIsChosenInsteadOfACopy() throws Exception {
		long sources = count("source");

		String form = page(proposalAddingSource("Ukrainska Pravda", "The same report again", PRAVDA_ADDRESS,
				"2025-05-14", "INDEPENDENT"));

		assertThat(count("source")).isEqualTo(sources);
		assertThat(form).contains("A source at this address exists already: Ukrainska Pravda")
			.containsPattern("value=\"" + PRAVDA + "\" id=\"sources\\d+\" name=\"sources\" checked")
			.containsPattern("value=\"" + MOSCOW_TIMES + "\" id=\"sources\\d+\" name=\"sources\" checked");
	}

	/**
	 * The same report however its address is written: over http, without {@code www.},
	 * with a trailing slash and a fragment.
	 */
	@Test
	void aStoredAddressWrittenAnotherWayIsChosenInsteadOfACopy() throws Exception {
		long sources = count("source");

		String form = page(proposalAddingSource("Ukrainska Pravda", "The same report again",
				"http://PRAVDA.com.ua/eng/news/2025/05/14/7512296/#comments", "2025-05-14", "INDEPENDENT"));

		assertThat(count("source")).isEqualTo(sources);
		assertThat(form).contains("A source at this address exists already: Ukrainska Pravda")
			.containsPattern("value=\"" + PRAVDA + "\" id=\"sources\\d+\" name=\"sources\" checked");
	}

	/** Another page of the same site is another report. */
	@Test
	void anotherPageOfTheSameSiteIsANewSource() throws Exception {
		long sources = count("source");

		page(proposalAddingSource("Ukrainska Pravda", "A later report", PRAVDA_ADDRESS + "comments", "2025-05-15",
				"INDEPENDENT"));

		assertThat(count("source")).isEqualTo(sources + 1);
	}

	@Test
	void aNewPersonBecomesTheStatementsSpeakerInPlaceOfTheOneChosen() throws Exception {
		String form = page(post("/admin/statements/new").with(csrf())
			.param("version", "0")
			.param("process", "russia-ukraine-2025")
			.param("text", "What was said, as typed.")
			.param("speaker", "rustem-umerov")
			.param("add", "speaker")
			.param("new-speaker", "people")
			.param("new-speaker.name", "Oleksandr Typedenko"));

		assertThat(this.jdbc.sql("select name from person where slug = 'oleksandr-typedenko'")
			.query(String.class)
			.single()).isEqualTo("Oleksandr Typedenko");
		assertThat(form).containsPattern("value=\"oleksandr-typedenko\" id=\"speaker\\d+\" name=\"speaker\" checked")
			.doesNotContainPattern("value=\"rustem-umerov\" id=\"speaker\\d+\" name=\"speaker\" checked")
			.contains("What was said, as typed.");
	}

	@Test
	void aPartyOfANameAlreadyStoredIsChosenAndANewOneIsAddedWithItsKind() throws Exception {
		long parties = count("party");
		String existing = page(post(NEW_PROPOSAL).with(csrf())
			.param("version", "0")
			.param("add", "party")
			.param("new-party", "parties")
			.param("new-party.name", "ukraine ")
			.param("new-party.kind", "STATE"));
		assertThat(count("party")).isEqualTo(parties);
		assertThat(existing).contains("A party of this name exists already: Ukraine.")
			.containsPattern("value=\"ukraine\" id=\"party\\d+\" name=\"party\" checked");

		page(post(NEW_PROPOSAL).with(csrf())
			.param("version", "0")
			.param("add", "party")
			.param("new-party", "parties")
			.param("new-party.name", "Holy See")
			.param("new-party.kind", "ORGANISATION"));
		assertThat(this.jdbc.sql("select name || '|' || kind from party where slug = 'holy-see'")
			.query(String.class)
			.single()).isEqualTo("Holy See|ORGANISATION");
	}

	@Test
	void theScriptAddsASourceAndIsToldWhatToTick() throws Exception {
		this.mvc
			.perform(post("/admin/pickers/sources").with(csrf())
				.param("publisher", "Kyiv Independent")
				.param("title", "Talks end within the hour")
				.param("url", "https://kyivindependent.com/talks-end")
				.param("publishedOn", "2025-06-02")
				.param("kind", "INDEPENDENT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("kyiv-independent-talks-end-within-the-hour"))
			.andExpect(jsonPath("$.label").value("Kyiv Independent — Talks end within the hour (2025-06-02)"))
			.andExpect(jsonPath("$.notice").value(
					"Kyiv Independent — Talks end within the hour (2025-06-02) is added and chosen. Save the form to keep the choice."));
		this.mvc
			.perform(post("/admin/pickers/sources").with(csrf())
				.param("publisher", "Someone")
				.param("title", "Copied")
				.param("url", PRAVDA_ADDRESS)
				.param("kind", "INDEPENDENT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value(PRAVDA));
	}

	@Test
	void theScriptIsToldWhatWasRefusedByFieldAndNothingIsWritten() throws Exception {
		long sources = count("source");
		this.mvc
			.perform(post("/admin/pickers/sources").with(csrf()).param("title", "No publisher").param("url", "ftp://x"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.publisher").value("Fill in this field."))
			.andExpect(jsonPath("$.errors.url").value("Give a web address starting with http:// or https://."))
			.andExpect(jsonPath("$.errors.kind").value("Choose or fill in a value."))
			.andExpect(jsonPath("$.value").doesNotExist());
		assertThat(count("source")).isEqualTo(sources);
		this.mvc.perform(post("/admin/pickers/nothing").with(csrf()).param("name", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/pickers/people").param("name", "No Token")).andExpect(status().isForbidden());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
