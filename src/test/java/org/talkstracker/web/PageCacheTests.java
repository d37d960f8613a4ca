package org.talkstracker.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;
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

	static final String ROUND_ONE = "/rounds/istanbul-2025-05-16";

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
	void aSaveInOneRoundLeavesAnotherRoundsPageKeptAndShowsAtOnceOnItsOwn() throws Exception {
		String roundOne = read(ROUND_ONE).getResponse().getContentAsString();
		String roundOneSummary = read(ROUND_ONE + "/summary.md").getResponse().getContentAsString();
		read(ROUND_TWO);
		read(ROUND_TWO + "/summary.md");

		saveProposal(this.mvc, "kept-elsewhere-talks", "Talks kept elsewhere");

		// Each reads the data version; the first also reads, once, what the save changed.
		long statementsForRoundOne = this.statements.countWhile(() -> {
			this.mvc.perform(get(ROUND_ONE)).andExpect(status().isOk()).andExpect(content().string(roundOne));
			this.mvc.perform(get(ROUND_ONE + "/summary.md")).andExpect(content().string(roundOneSummary));
		});
		assertThat(statementsForRoundOne).isEqualTo(3);
		this.mvc.perform(get(ROUND_TWO)).andExpect(content().string(containsString("Talks kept elsewhere")));
		this.mvc.perform(get(ROUND_TWO + "/summary.md"))
			.andExpect(content().string(containsString("Talks kept elsewhere")));
		this.mvc.perform(get("/search?q=elsewhere"))
			.andExpect(content().string(containsString("Talks kept elsewhere")));
	}

	@Test
	void aChangeOfWhatEveryRoundShowsRendersEveryRoundAgain() throws Exception {
		read(ROUND_TWO);

		this.jdbc.sql("update person set name = 'Rustem Umerov (renamed)' where slug = 'rustem-umerov'").update();

		try {
			this.mvc.perform(get(ROUND_TWO)).andExpect(content().string(containsString("Rustem Umerov (renamed)")));
		}
		finally {
			this.jdbc.sql("update person set name = 'Rustem Umerov' where slug = 'rustem-umerov'").update();
		}
	}

	@Test
	void aRoundTextsLanguageChangesOnlyThatRoundsPages() throws Exception {
		String roundOne = read(ROUND_ONE).getResponse().getContentAsString();
		read(ROUND_TWO);

		this.jdbc.sql("update round set outcome_language = 'ru' where slug = 'istanbul-2025-06-02'").update();
		try {
			long statementsForRoundOne = this.statements.countWhile(() -> this.mvc.perform(get(ROUND_ONE))
				.andExpect(status().isOk())
				.andExpect(content().string(roundOne)));
			assertThat(statementsForRoundOne).isEqualTo(2);
			this.mvc.perform(get(ROUND_TWO)).andExpect(content().string(containsString("(Original in Russian)")));
		}
		finally {
			this.jdbc.sql("update round set outcome_language = 'en' where slug = 'istanbul-2025-06-02'").update();
		}
	}

	/**
	 * Two instances on one database: a second page cache in front of the same
	 * application, as another instance would be, with its own record of what changed.
	 */
	@Test
	void anotherInstanceNeverSendsAPageOlderThanASaveMadeHere(@Autowired WebApplicationContext context,
			@Autowired @Qualifier("springSecurityFilterChain") Filter security) throws Exception {
		DataChanges changes = new DataChanges(this.jdbc);
		PageCache otherCache = new PageCache(new DataVersion(this.jdbc), changes, Clock.systemUTC(),
				new SimpleMeterRegistry(), DataSize.ofMegabytes(8));
		MockMvc other = MockMvcBuilders.webAppContextSetup(context).addFilters(security, otherCache).build();
		String roundOne = other.perform(get(ROUND_ONE)).andReturn().getResponse().getContentAsString();
		other.perform(get(ROUND_TWO)).andExpect(status().isOk());

		int readers = 4;
		AtomicBoolean saved = new AtomicBoolean();
		List<String> olderThanTheSave = new CopyOnWriteArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(readers);
		List<Future<?>> reading = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			reading.add(threads.submit(() -> {
				int readsAfterTheSave = 0;
				while (readsAfterTheSave < 5) {
					boolean afterTheSave = saved.get();
					String page = other.perform(get(ROUND_TWO)).andReturn().getResponse().getContentAsString();
					if (afterTheSave) {
						readsAfterTheSave++;
						if (!page.contains("Talks seen everywhere")) {
							olderThanTheSave.add(page);
						}
					}
				}
				return null;
			}));
		}
		saveProposal(this.mvc, "seen-everywhere-talks", "Talks seen everywhere");
		saved.set(true);
		for (Future<?> reader : reading) {
			reader.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(olderThanTheSave).isEmpty();
		long statementsForRoundOne = this.statements.countWhile(
				() -> other.perform(get(ROUND_ONE)).andExpect(status().isOk()).andExpect(content().string(roundOne)));
		assertThat(statementsForRoundOne).isEqualTo(1);
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

	/**
	 * Tables only editors or the system use are left out: accounts, sign-in failures,
	 * history, the versions themselves, and the files of dry runs waiting for an import;
	 * and the search documents, which change only with the facts they are made from, in
	 * the same transaction (V41).
	 */
	@Test
	void everyTableReadersSeeRaisesTheDataVersionWhenItChanges() {
		List<String> unwatched = this.jdbc.sql("""
				select table_name from information_schema.tables t
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not like '%\\_aud' and table_name not like 'spring\\_session%'
				  and table_name not in ('account', 'login_failure', 'revision', 'data_version', 'data_change',
				                         'flyway_schema_history', 'pending_import', 'approval_request',
				                         'search_document')
				  and not exists (select 1 from information_schema.triggers g
				                  where g.event_object_table = t.table_name
				                    and (g.action_statement like '%bump_data_version%'
				                         or g.action_statement like '%record\\_round%change()'))
				order by table_name
				""").query(String.class).list();

		assertThat(unwatched).isEmpty();
	}

	/** An editor adds a proposal to round 2, through the given instance. */
	private static void saveProposal(MockMvc instance, String slug, String title) throws Exception {
		instance
			.perform(post("/admin" + ROUND_TWO + "/proposals/new").with(user("olena").roles("EDITOR"))
				.param("releaseNote", "Added a proposal")
				.with(csrf())
				.param("slug", slug)
				.param("sources", "moscow-times-2025-06-02")
				.param("party", "ukraine")
				.param("category", "PROCEDURAL")
				.param("title", title)
				.param("status", "PROPOSED")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
	}

	private MvcResult read(String page) throws Exception {
		return this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
	}

}
