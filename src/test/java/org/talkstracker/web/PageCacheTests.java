package org.talkstracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.talkstracker.CommittingTest;
import org.talkstracker.SqlStatements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page cache is on here (the other tests render every page). Edits commit, so these
 * tests run on the database kept for such tests ({@link CommittingTest}).
 */
@CommittingTest
class PageCacheTests {

	static final String ROUND_TWO = "/rounds/istanbul-2025-06-02";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	final SqlStatements statements = new SqlStatements();

	@Test
	void aPageAskedForAgainIsSentFromMemoryAfterOneLookAtTheDataVersion() throws Exception {
		String first = read(ROUND_TWO).getResponse().getContentAsString();

		long statementsForRepeat = this.statements.countWhile(() -> this.mvc.perform(get(ROUND_TWO))
			.andExpect(status().isOk())
			.andExpect(content().string(first))
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8"))
			.andExpect(header().exists("Content-Security-Policy")));

		assertThat(statementsForRepeat).isEqualTo(1);
	}

	@Test
	void aReaderSeesAnEditorsNewProposalOnTheNextRequest() throws Exception {
		read(ROUND_TWO);
		read("/search?q=lighthouse");

		this.mvc
			.perform(post("/admin" + ROUND_TWO + "/proposals/new").with(user("olena").roles("EDITOR"))
				.param("releaseNote", "Added a proposal")
				.with(csrf())
				.param("slug", "lighthouse-talks")
				.param("sources", "moscow-times-2025-06-02")
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", "Talks at the lighthouse")
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(ROUND_TWO)).andExpect(content().string(containsString("Talks at the lighthouse")));
		this.mvc.perform(get("/search?q=lighthouse"))
			.andExpect(content().string(containsString("Talks at the lighthouse")));
	}

	@Test
	void aReaderSeesAChangeMadeOutsideThisInstance() throws Exception {
		this.mvc.perform(get("/rounds/istanbul-2025-05-16/summary.md"))
			.andExpect(content().string(not(containsString("Ciragan Palace"))));

		this.jdbc.sql("update round set venue = 'Ciragan Palace' where slug = 'istanbul-2025-05-16'").update();

		this.mvc.perform(get("/rounds/istanbul-2025-05-16/summary.md"))
			.andExpect(content().string(containsString("Ciragan Palace")));
	}

	@Test
	void readersAskingForTheSamePageAtOnceWaitForOneRendering() throws Exception {
		int readers = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(readers);
		List<Future<Long>> statementsPerReader = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			statementsPerReader.add(threads.submit(() -> {
				start.await();
				return this.statements.countWhile(() -> this.mvc.perform(get("/rounds/istanbul-2025-05-16/summary.pdf"))
					.andExpect(status().isOk()));
			}));
		}
		start.countDown();
		List<Long> counts = new ArrayList<>();
		for (Future<Long> count : statementsPerReader) {
			counts.add(count.get(60, TimeUnit.SECONDS));
		}
		threads.shutdown();

		// The others ran at most the data version's read, which readers asking together
		// share.
		assertThat(counts).filteredOn((count) -> count > 1).hasSize(1);
		assertThat(counts).filteredOn((count) -> count <= 1).hasSize(readers - 1);
	}

	@Test
	void aCachedPageAnswers304ToTheSameETag() throws Exception {
		String etag = read("/memoranda").getResponse().getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/memoranda").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(""));
	}

	@Test
	void aSignedInEditorAlwaysGetsAFreshRendering() throws Exception {
		read(ROUND_TWO);

		long statementsForEditor = this.statements.countWhile(
				() -> this.mvc.perform(get(ROUND_TWO).with(user("olena").roles("EDITOR"))).andExpect(status().isOk()));

		assertThat(statementsForEditor).isGreaterThan(1);
	}

	@Test
	void everyTableReadersSeeRaisesTheDataVersionWhenItChanges() {
		List<String> unwatched = this.jdbc.sql("""
				select table_name from information_schema.tables t
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not like '%\\_aud' and table_name not like 'spring\\_session%'
				  and table_name not in ('account', 'login_failure', 'revision', 'data_version', 'data_change',
				                         'flyway_schema_history')
				  and not exists (select 1 from information_schema.triggers g
				                  where g.event_object_table = t.table_name
				                    and (g.action_statement like '%bump_data_version%'
				                         or g.action_statement like '%record\\_round%change()'))
				order by table_name
				""").query(String.class).list();

		assertThat(unwatched).isEmpty();
	}

	private MvcResult read(String page) throws Exception {
		return this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
	}

}
