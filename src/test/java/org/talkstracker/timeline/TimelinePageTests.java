package org.talkstracker.timeline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class TimelinePageTests {

	/**
	 * The processes, the page of entries of every kind shown, and the sources they cite.
	 */
	static final long STATEMENTS = 3;

	private static final String PROCESS = "russia-ukraine-direct-talks-2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Test
	void listsRoundsMemorandaAndContextEventsOldestFirst() throws Exception {
		this.mvc.perform(get("/timeline"))
			.andExpect(status().isOk())
			.andExpect(view().name("timeline/list"))
			.andExpect(content()
				.string(inOrder("Donald Trump takes office", "The Kremlin approves Russia&#39;s delegation",
						"Zelensky approves Ukraine&#39;s delegation", "Round 1, Istanbul",
						"Prisoners: stage 1 of the exchange agreed at round 1", "Lavrov announces a second round",
						"Spider&#39;s Web", "Round 2, Istanbul", "Russian memorandum on conditions",
						"Ukraine–Russia Negotiations Framework", "Russian troops reported massing near Sumy",
						"Bodies of the killed: stage 6 of the exchange agreed at round 2",
						"Denys Shmyhal becomes Ukraine&#39;s Defence Minister",
						"Rustem Umerov appointed Secretary of the National Security and Defence Council",
						"Round 3, Istanbul")));
	}

	@Test
	void everyEntryHasItsDateInItsPrecisionAndItsKind() throws Exception {
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("<time datetime=\"2025-01\">January 2025</time>"),
					containsString("<time datetime=\"2025-06-01\">1 June 2025</time>"),
					containsString("about 2 June 2025"), containsString(">Context event<"),
					containsString(">Memorandum<"), containsString(">Round<"), containsString(">Exchange stage<"),
					containsString("24 entries, oldest first"))));
	}

	@Test
	void entriesLinkToTheirRoundAndItsMemoranda() throws Exception {
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("href=\"/rounds/istanbul-2025-05-16\""),
					containsString("href=\"/rounds/istanbul-2025-06-02#memorandum-russian-memorandum-2025-06\""),
					containsString("href=\"/rounds/istanbul-2025-06-02#memorandum-ukrainian-memorandum-2025-06\""),
					containsString("handed over by Russia"))));
	}

	@Test
	void sourcesAreNumberedInTheOrderTheTimelineFirstCitesThem() throws Exception {
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("href=\"#source-1\""),
					matchesPattern(Pattern.compile(".*id=\"source-1\"[^>]*>\\s*<strong>The Moscow Times</strong>.*",
							Pattern.DOTALL)),
					matchesPattern(Pattern.compile(".*id=\"source-2\"[^>]*>\\s*<strong>Ukrainska Pravda</strong>.*",
							Pattern.DOTALL)),
					matchesPattern(Pattern.compile(".*id=\"source-3\"[^>]*>\\s*<strong>Vestnik Kavkaza</strong>.*",
							Pattern.DOTALL)))));
	}

	@Test
	void filterFormHasLabelledControlsAndKeepsTheFilters() throws Exception {
		this.mvc.perform(get("/timeline").param("process", PROCESS).param("kind", "event"))
			.andExpect(content()
				.string(allOf(containsString("<form class=\"filters\" method=\"get\" action=\"/timeline\""),
						containsString("<label for=\"process\">Process</label>"),
						containsString("<option value=\"" + PROCESS + "\" selected=\"selected\">"),
						containsString("<legend>Show</legend>"),
						containsString("<input type=\"checkbox\" name=\"kind\" value=\"event\" checked=\"checked\">"),
						containsString("<input type=\"checkbox\" name=\"kind\" value=\"round\">"))));
	}

	@Test
	void kindsNarrowTheTimeline() throws Exception {
		this.mvc.perform(get("/timeline").param("kind", "event").param("kind", "memorandum"))
			.andExpect(content()
				.string(allOf(containsString("Spider&#39;s Web"), containsString("Russian memorandum on conditions"),
						not(containsString("Round 1, Istanbul")), containsString("10 entries, oldest first"))));
	}

	@Test
	void runsTheSameThreeStatementsWhicheverKindsAreShown() throws Exception {
		SqlStatements statements = new SqlStatements();

		long all = statements.countWhile(() -> this.mvc.perform(get("/timeline")).andExpect(status().isOk()));
		long events = statements
			.countWhile(() -> this.mvc.perform(get("/timeline").param("kind", "event")).andExpect(status().isOk()));

		assertThat(all).isEqualTo(STATEMENTS);
		assertThat(events).isEqualTo(STATEMENTS);
	}

	/**
	 * Generated processes are rolled back after each test, so they never show elsewhere.
	 */
	@Nested
	@Transactional
	class GeneratedData {

		@Test
		void saysSoWhenNothingMatches() throws Exception {
			// A process with no round, so no stage of an exchange.
			TimelinePageTests.this.importer.importFile("quiet", new ByteArrayInputStream("""
					{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
					 "processes": [{"slug": "quiet", "name": "Quiet process", "parties": ["russia", "ukraine"]}]}
					""".getBytes(StandardCharsets.UTF_8)));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "quiet").param("kind", "stage"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Nothing on the timeline matches these filters"),
						not(containsString("class=\"timeline\"")))));
		}

		@Test
		void stagesLinkToTheirExchangeOnTheRoundPage() throws Exception {
			TimelinePageTests.this.importer.importFile("gen", TimelineData.process("gen", 2, true));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "gen"))
				.andExpect(content().string(allOf(containsString("href=\"/rounds/gen-round#exchange-exchange-1\""),
						containsString("Civilians: stage 1 of the exchange agreed at round 1"),
						containsString(">Exchange stage<"), containsString("Round 1, Genève"),
						not(containsString("Donald Trump")))));
		}

		@Test
		void memorandaOfNoRoundAreListedUnlinkedAndUndatedOnesNotAtAll() throws Exception {
			TimelinePageTests.this.importer.importFile("gen", TimelineData.process("gen", 2, true));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "gen"))
				.andExpect(
						content().string(allOf(containsString("href=\"/rounds/gen-round#memorandum-gen-memorandum-1\""),
								containsString("<strong>gen memorandum 2</strong>"),
								not(containsString("gen undated memorandum")))));
		}

		@Test
		void mergesAllKindsInDateOrderWithEachDateInItsPrecision() throws Exception {
			TimelinePageTests.this.importer.importFile("gen", TimelineData.process("gen", 2, true));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "gen"))
				.andExpect(content().string(allOf(containsString("December 2029</time>"),
						inOrder("gen event 1", "gen event 2", "Round 1, Genève", "1 February 2030",
								"Civilians: stage 1", "2 February 2030", "Civilians: stage 1", "gen memorandum 1",
								"gen memorandum 2"),
						containsString("7 entries, oldest first"))));
		}

		@Test
		void draftRoundsAndWhatHangsOnThemAreNeverShownButContextEventsAre() throws Exception {
			TimelinePageTests.this.importer.importFile("draft", TimelineData.process("draft", 2, false));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "draft"))
				.andExpect(content()
					.string(allOf(not(containsString("draft-round")), not(containsString("draft memorandum 1")),
							containsString("draft memorandum 2"), containsString("draft event 1"))));
			TimelinePageTests.this.mvc.perform(get("/timeline").param("kind", "stage").param("kind", "round"))
				.andExpect(content()
					.string(allOf(not(containsString("draft-round")), containsString("Round 2, Istanbul"))));
		}

		/**
		 * The large process has 91 entries: 30 events in December 2029, its round on 15
		 * January 2030, 30 stages from 1 February and 30 memoranda from 1 March (the
		 * undated one is not shown); 50 to a page.
		 */
		@Test
		void theNextPageStartsWithTheEntryAfterTheLastOneShownAndLeadsBack() throws Exception {
			TimelinePageTests.this.importer.importFile("large", TimelineData.process("large", 30, true));

			String first = page("/timeline?process=large");
			assertThat(first).contains("50 entries from 1 December 2029 to 19 February 2030, oldest first")
				.contains("exchange-exchange-19\"")
				.doesNotContain("exchange-exchange-20\"")
				.doesNotContain("rel=\"prev\"");
			assertThat(first).matches(inOrder("large event 1<", "large event 30<", "Round 1, Genève",
					"exchange-exchange-1\"", "exchange-exchange-19\"")::matches);

			String second = page(link(first, "next"));
			assertThat(second).contains("41 entries from 20 February 2030 to 30 March 2030, oldest first")
				.doesNotContain("large event")
				.doesNotContain("exchange-exchange-19\"")
				.doesNotContain("rel=\"next\"");
			// On 1 and 2 March a stage and a memorandum share the day: the stage comes
			// first.
			assertThat(second)
				.matches(inOrder("exchange-exchange-20\"", "exchange-exchange-29\"", "large memorandum 1<",
						"exchange-exchange-30\"", "large memorandum 2<", "large memorandum 30<")::matches);

			String back = page(link(second, "prev"));
			assertThat(entries(back)).isEqualTo(entries(first));
			assertThat(back).doesNotContain("rel=\"prev\"").contains("rel=\"next\"");
		}

		@Test
		void aYearStartsTheTimelineAtItsFirstEntry() throws Exception {
			TimelinePageTests.this.importer.importFile("large", TimelineData.process("large", 30, true));

			String page = page("/timeline?process=large&from=2030");

			assertThat(page).doesNotContain("large event")
				.contains(
						"<input id=\"from\" name=\"from\" type=\"number\" min=\"1900\" max=\"2200\" inputmode=\"numeric\" value=\"2030\">")
				.contains("rel=\"prev\"")
				.matches(inOrder("Round 1, Genève", "exchange-exchange-1\"")::matches);
		}

		/**
		 * A year after the last entry of the reference data: nothing to show from there,
		 * and a link back to the entries before it (it was a server error).
		 */
		@Test
		void aYearAfterTheLastEntryShowsNoneAndLeadsBackToThoseBefore() throws Exception {
			String page = page("/timeline?from=2040");
			assertThat(page).doesNotContain("Round 1, Istanbul").doesNotContain("rel=\"next\"");

			String back = page(link(page, "prev"));
			assertThat(back).contains("Round 3, Istanbul").doesNotContain("rel=\"next\"");
		}

		@Test
		void pagesOfTheWholeTimelineFollowOnInOrderWithoutGapOrRepeat() throws Exception {
			TimelinePageTests.this.importer.importFile("large", TimelineData.process("large", 30, true));

			String first = page("/timeline");
			String second = page(link(first, "next"));

			// The reference data's 24 entries, then the large process: the first page
			// ends at its 26th event.
			assertThat(first).contains("large event 26<").doesNotContain("large event 27<");
			assertThat(second)
				.matches(inOrder("large event 27<", "large event 30<", "exchange-exchange-1\"",
						"large memorandum 1<")::matches)
				.doesNotContain("large event 26<")
				.doesNotContain("Round 1, Istanbul");
		}

		@Test
		void statementCountIsTheSameForSmallAndLargeData() throws Exception {
			SqlStatements statements = new SqlStatements();
			TimelinePageTests.this.importer.importFile("small", TimelineData.process("small", 1, true));
			long small = statements.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline"))
				.andExpect(content().string(containsString("small event 1"))));
			long smallFiltered = statements.countWhile(() -> TimelinePageTests.this.mvc
				.perform(get("/timeline").param("process", "small").param("kind", "stage"))
				.andExpect(content().string(containsString("Civilians: stage 1"))));

			TimelinePageTests.this.importer.importFile("large", TimelineData.process("large", 30, true));
			long large = statements.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline"))
				.andExpect(content().string(containsString("large event 20<"))));
			long largeFiltered = statements.countWhile(() -> TimelinePageTests.this.mvc
				.perform(get("/timeline").param("process", "large").param("kind", "stage"))
				.andExpect(content().string(containsString("Civilians: stage 1"))));

			assertThat(small).isEqualTo(STATEMENTS);
			assertThat(large).isEqualTo(STATEMENTS);
			assertThat(smallFiltered).isEqualTo(STATEMENTS);
			assertThat(largeFiltered).isEqualTo(STATEMENTS);
		}

	}

	@Nested
	class BadInput {

		@ParameterizedTest
		@ValueSource(strings = { "bogus", "2025-13-01.round.1", "2025-06-01.rounds.1", "2025-06-01.round.x",
				"2025-06-01.round" })
		void aPositionThatIsNotOneIsA400Page(String position) throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("after", position))
				.andExpect(status().isBadRequest());
			TimelinePageTests.this.mvc.perform(get("/timeline").param("before", position))
				.andExpect(status().isBadRequest());
		}

		@ParameterizedTest
		@ValueSource(strings = { "0", "1899", "2201", "later" })
		void aYearThatIsNotOneIsA400Page(String year) throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("from", year)).andExpect(status().isBadRequest());
		}

		@ParameterizedTest
		@ValueSource(strings = { "bogus", "ROUNDS", "round;drop" })
		void anUnknownKindIsA400Page(String kind) throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("kind", "round").param("kind", kind))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("Bad request"), not(containsString("Exception")))));
		}

		@Test
		void anUnknownProcessIsA400Page() throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "no-such-process"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Bad request")));
		}

		@Test
		void anOverlongProcessIsA400Page() throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "p".repeat(121)))
				.andExpect(status().isBadRequest());
		}

		@Test
		void anEmptyProcessMeansEveryProcess() throws Exception {
			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "").param("kind", "round"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Round 2, Istanbul")));
		}

	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The list of entries of a page of the timeline. */
	private static String entries(String page) {
		return page.substring(page.indexOf("<ol class=\"timeline\""),
				page.indexOf("</ol>", page.indexOf("<ol class=\"timeline\"")));
	}

	/** The address of the page's link to the previous or next page. */
	private static String link(String page, String rel) {
		Matcher link = Pattern.compile("<a href=\"([^\"]*)\" rel=\"" + rel + "\"").matcher(page);
		assertThat(link.find()).as("a link with rel=%s", rel).isTrue();
		return link.group(1).replace("&amp;", "&");
	}

	/** The page holds these texts, each after the one before. */
	static org.hamcrest.Matcher<String> inOrder(String... texts) {
		StringBuilder pattern = new StringBuilder("(?s).*");
		for (String text : texts) {
			pattern.append(Pattern.quote(text)).append(".*");
		}
		return matchesPattern(Pattern.compile(pattern.toString()));
	}

}
