package org.talkstracker.timeline;

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

	/** The processes, then one statement for each kind of entry shown. */
	static final long STATEMENTS = 5;

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
			.andExpect(content().string(inOrder("Donald Trump takes office", "Round 1, Istanbul", "Spider&#39;s Web",
					"Round 2, Istanbul", "Russian memorandum on conditions", "Ukrainian memorandum on conditions",
					"Russian troops reported massing near Sumy")));
	}

	@Test
	void everyEntryHasItsDateInItsPrecisionAndItsKind() throws Exception {
		this.mvc.perform(get("/timeline"))
			.andExpect(content().string(allOf(containsString("<time datetime=\"2025-01\">January 2025</time>"),
					containsString("<time datetime=\"2025-06-01\">1 June 2025</time>"),
					containsString("about 2 June 2025"), containsString(">Context event<"),
					containsString(">Memorandum<"), containsString(">Round<"),
					containsString("7 entries, oldest first"))));
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
					matchesPattern(Pattern.compile(
							".*id=\"source-2\"[^>]*>\\s*<strong>Russian state news agencies</strong>.*",
							Pattern.DOTALL)))));
	}

	@Test
	void filterFormHasLabelledControlsAndKeepsTheFilters() throws Exception {
		this.mvc.perform(get("/timeline").param("process", PROCESS).param("kind", "event"))
			.andExpect(content().string(allOf(containsString("<form class=\"filters\" method=\"get\" action=\"/timeline\""),
					containsString("<label for=\"process\">Process</label>"),
					containsString("<option value=\"" + PROCESS + "\" selected=\"selected\">"),
					containsString("<legend>Show</legend>"),
					containsString("<input type=\"checkbox\" name=\"kind\" value=\"event\" checked=\"checked\">"),
					containsString("<input type=\"checkbox\" name=\"kind\" value=\"round\">"))));
	}

	@Test
	void kindsNarrowTheTimeline() throws Exception {
		this.mvc.perform(get("/timeline").param("kind", "event").param("kind", "memorandum"))
			.andExpect(content().string(allOf(containsString("Spider&#39;s Web"),
					containsString("Russian memorandum on conditions"), not(containsString("Round 1, Istanbul")),
					containsString("5 entries, oldest first"))));
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		// The reference data reports no stage of any exchange.
		this.mvc.perform(get("/timeline").param("kind", "stage"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nothing on the timeline matches these filters"),
					not(containsString("class=\"timeline\"")))));
	}

	@Test
	void runsOneStatementPerKindShownAndOneForTheProcesses() throws Exception {
		SqlStatements statements = new SqlStatements();

		long all = statements.countWhile(() -> this.mvc.perform(get("/timeline")).andExpect(status().isOk()));
		long events = statements.countWhile(() -> this.mvc.perform(get("/timeline").param("kind", "event"))
			.andExpect(status().isOk()));

		assertThat(all).isEqualTo(STATEMENTS);
		assertThat(events).isEqualTo(2);
	}

	/** Generated processes are rolled back after each test, so they never show elsewhere. */
	@Nested
	@Transactional
	class GeneratedData {

		@Test
		void stagesLinkToTheirExchangeOnTheRoundPage() throws Exception {
			TimelinePageTests.this.importer.importFile("gen", TimelineData.process("gen", 2, true));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "gen"))
				.andExpect(content().string(allOf(
						containsString("href=\"/rounds/gen-round#exchange-exchange-1\""),
						containsString("Civilians: stage 1 of the exchange agreed at round 1"),
						containsString(">Exchange stage<"), containsString("Round 1, Genève"),
						not(containsString("Donald Trump")))));
		}

		@Test
		void memorandaOfNoRoundAreListedUnlinkedAndUndatedOnesNotAtAll() throws Exception {
			TimelinePageTests.this.importer.importFile("gen", TimelineData.process("gen", 2, true));

			TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "gen"))
				.andExpect(content().string(allOf(
						containsString("href=\"/rounds/gen-round#memorandum-gen-memorandum-1\""),
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
				.andExpect(content().string(allOf(not(containsString("draft-round")),
						not(containsString("draft memorandum 1")), containsString("draft memorandum 2"),
						containsString("draft event 1"))));
		}

		@Test
		void statementCountIsTheSameForSmallAndLargeData() throws Exception {
			SqlStatements statements = new SqlStatements();
			TimelinePageTests.this.importer.importFile("small", TimelineData.process("small", 1, true));
			long small = statements.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline"))
				.andExpect(content().string(containsString("small event 1"))));
			long smallFiltered = statements
				.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "small")
					.param("kind", "stage")).andExpect(content().string(containsString("Civilians: stage 1"))));

			TimelinePageTests.this.importer.importFile("large", TimelineData.process("large", 30, true));
			long large = statements.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline"))
				.andExpect(content().string(containsString("large event 30"))));
			long largeFiltered = statements
				.countWhile(() -> TimelinePageTests.this.mvc.perform(get("/timeline").param("process", "large")
					.param("kind", "stage")).andExpect(content().string(containsString("Civilians: stage 1"))));

			assertThat(small).isEqualTo(STATEMENTS);
			assertThat(large).isEqualTo(STATEMENTS);
			assertThat(smallFiltered).isEqualTo(2);
			assertThat(largeFiltered).isEqualTo(smallFiltered);
		}

	}

	@Nested
	class BadInput {

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

	/** The page holds these texts, each after the one before. */
	static org.hamcrest.Matcher<String> inOrder(String... texts) {
		StringBuilder pattern = new StringBuilder("(?s).*");
		for (String text : texts) {
			pattern.append(Pattern.quote(text)).append(".*");
		}
		return matchesPattern(Pattern.compile(pattern.toString()));
	}

}
