package org.talkstracker.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.web.Choice;
import org.talkstracker.web.PickerSearch;
import org.talkstracker.web.Pickers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pickers of editors' forms (issue 16.2): what they offer, their search without a
 * script, and the search among 100,000 sources. Rolled back after each test, the 100,000
 * sources with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(roles = "EDITOR")
class SourcePickerTests {

	static final String MOSCOW_TIMES = "moscow-times-2025-06-02";

	static final String NEW_PROPOSAL = "/admin/rounds/istanbul-2025-06-02/proposals/new";

	@Autowired
	MockMvc mvc;

	@Autowired
	Pickers pickers;

	@Autowired
	JdbcClient jdbc;

	/** 100,000 sources in one statement, each with a title of its own. */
	void addHundredThousandSources() {
		this.jdbc.sql("""
				insert into source (slug, publisher, title, url, kind)
				select 'bulk-' || n, 'Bulk Wire ' || (n % 100), 'Dispatch number ' || n || ' on the talks',
				       'https://bulk.example/dispatch/' || n, 'INDEPENDENT'
				from generate_series(1, 100000) n""").update();
		this.jdbc.sql("analyze source").update();
	}

	@Test
	void aSourceIsFoundAmongHundredThousandInOneStatementThroughTheIndex() throws Exception {
		addHundredThousandSources();

		SqlStatements statements = new SqlStatements();
		List<List<Choice>> offered = new ArrayList<>();
		long count = statements
			.countWhile(() -> offered.add(this.pickers.offered("sources", List.of(MOSCOW_TIMES), "number 54321 ")));

		assertThat(count).isEqualTo(1);
		assertThat(offered.get(0)).extracting(Choice::value).first().isEqualTo(MOSCOW_TIMES);
		assertThat(offered.get(0)).extracting(Choice::value).contains("bulk-54321").doesNotContain("bulk-5432");
		assertThat(offered.get(0)).hasSizeLessThanOrEqualTo(1 + PickerSearch.RECENT + PickerSearch.FOUND);
		assertThat(this.pickers.offered("sources", List.of(), "bulk.example/dispatch/77777")).extracting(Choice::value)
			.contains("bulk-77777");

		String plan = String.join("\n",
				this.jdbc.sql("explain " + SourceCatalogue.OFFERED)
					.params(Map.of("chosen", List.of(MOSCOW_TIMES), "recent", PickerSearch.RECENT, "pattern",
							"%number 54321%", "found", PickerSearch.FOUND))
					.query(String.class)
					.list());
		assertThat(plan).contains("source_search_idx").doesNotContain("Seq Scan on source");
	}

	@Test
	void noFormListsEverySource() throws Exception {
		addHundredThousandSources();

		String form = this.mvc.perform(get(NEW_PROPOSAL)).andReturn().getResponse().getContentAsString();

		assertThat(form).doesNotContain("bulk-");
		assertThat(this.mvc.perform(get(NEW_PROPOSAL).param("find-sources", "Dispatch number 99999 "))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("value=\"bulk-99999\"").doesNotContain("value=\"bulk-1\"");
	}

	/**
	 * Without a script, the find button sends the form back: shown again as typed, with
	 * what was found to tick, no error and nothing saved.
	 */
	@Test
	void theFindButtonShowsTheFormAgainWithWhatWasFoundAndSavesNothing() throws Exception {
		long proposals = this.jdbc.sql("select count(*) from proposal").query(Long.class).single();

		String form = this.mvc
			.perform(post(NEW_PROPOSAL).with(csrf())
				.param("version", "0")
				.param("title", "A typed title")
				.param("sources", MOSCOW_TIMES)
				.param("find", "sources")
				.param("find-sources", "Economist"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(form).contains("value=\"A typed title\"")
			.containsPattern("value=\"" + MOSCOW_TIMES + "\" id=\"sources\\d+\" name=\"sources\" checked")
			.containsPattern("<label for=\"sources\\d+\">The Economist")
			.contains("value=\"Economist\"")
			.doesNotContain("class=\"error\"");
		assertThat(this.jdbc.sql("select count(*) from proposal").query(Long.class).single()).isEqualTo(proposals);
	}

	@Test
	void aPersonIsFoundByAnotherSpellingAndAPartyByItsName() throws Exception {
		assertThat(this.pickers.offered("people", null, "Umierov")).extracting(Choice::label)
			.contains("Rustem Umerov (Umierov)");
		assertThat(this.pickers.offered("parties", "", "ukr")).extracting(Choice::value).contains("ukraine");
	}

	@Test
	void theScriptsSearchAnswersWithWhatWasFound() throws Exception {
		this.mvc.perform(get("/admin/pickers/people").param("q", "Umierov"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("{\"value\":\"rustem-umerov\",\"label\":\"Rustem Umerov (Umierov)\"}")));
		this.mvc.perform(get("/admin/pickers/nothing").param("q", "x")).andExpect(status().isNotFound());
	}

}
