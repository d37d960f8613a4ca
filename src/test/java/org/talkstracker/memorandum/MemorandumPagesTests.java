package org.talkstracker.memorandum;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class MemorandumPagesTests {

	private static final String RUSSIAN = "russian-memorandum-2025-06";

	private static final String UKRAINIAN = "ukrainian-memorandum-2025-06";

	/**
	 * A page of the list (which the compare form offers), and the count of the memoranda.
	 */
	private static final long LIST_STATEMENTS = 2;

	/**
	 * The memorandum with its header facts and sources, then its clauses with theirs, the
	 * translations of their texts, and the release the page is (its latest and last
	 * correction).
	 */
	private static final long SHOW_STATEMENTS = 4;

	/**
	 * Both memoranda, their clauses, the translations of their texts, and the choices of
	 * the form to compare others (the latest).
	 */
	private static final long COMPARE_STATEMENTS = 4;

	@Autowired
	MockMvc mvc;

	@Nested
	class List {

		@Test
		void listsBothMemorandaWithAuthorDatesAndClauseCounts() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda"))
				.andExpect(status().isOk())
				.andExpect(view().name("memorandum/list"))
				.andExpect(content().string(allOf(containsString("<h1>Memoranda</h1>"),
						containsString("2 memoranda, latest delivered first"),
						containsString("href=\"/memoranda/" + RUSSIAN + "\""),
						containsString("Russian memorandum on conditions for ending the war (June 2025)"),
						containsString("href=\"/memoranda/" + UKRAINIAN + "\""),
						containsString("href=\"/parties/russia\""),
						containsString("Russia–Ukraine direct talks (2025)"),
						// The Ukrainian memorandum's delivery date is approximate, and no
						// publication date is reported.
						containsString("about 2 June 2025"), containsString("not reported"),
						matchesRegex("(?s).*<td class=\"num\">8</td>.*<td class=\"num\">8</td>.*"))));
		}

		@Test
		void offersAFormWithLabelledChoicesToCompareTwoMemoranda() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda"))
				.andExpect(content().string(allOf(containsString("Compare two memoranda"),
						containsString("action=\"/memoranda/compare\""), containsString("method=\"get\""),
						containsString("<label for=\"compare-a\">First memorandum</label>"),
						containsString("<select id=\"compare-a\" name=\"a\">"),
						containsString("<label for=\"compare-b\">Second memorandum</label>"),
						containsString("<select id=\"compare-b\" name=\"b\">"),
						containsString("<option value=\"" + RUSSIAN + "\" selected=\"selected\">"),
						containsString("<option value=\"" + UKRAINIAN + "\" selected=\"selected\">"))));
		}

		@Test
		void runsOneStatement() throws Exception {
			long statements = new SqlStatements()
				.countWhile(() -> MemorandumPagesTests.this.mvc.perform(get("/memoranda")).andExpect(status().isOk()));

			assertThat(statements).isEqualTo(LIST_STATEMENTS);
		}

	}

	@Nested
	class Show {

		@Test
		void showsTheHeaderWithAuthorRoundDatesAndSummary() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/{slug}", RUSSIAN))
				.andExpect(status().isOk())
				.andExpect(view().name("memorandum/show"))
				.andExpect(content()
					.string(allOf(containsString("Russian memorandum on conditions for ending the war (June 2025)"),
							containsString("href=\"/parties/russia\">Russia</a>"),
							containsString("href=\"/rounds/istanbul-2025-06-02#memorandum-" + RUSSIAN
									+ "\">Round 2, Istanbul</a>"),
							containsString("<time datetime=\"2025-06-02\">2 June 2025</time>"),
							containsString("drafted after the first round as agreed"))));
		}

		@Test
		void groupsClausesUnderTheirTopicWithTheirNumber() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/{slug}", RUSSIAN))
				.andExpect(content()
					.string(allOf(containsString("<h3 id=\"topic-CEASEFIRE_CONDITIONS\">Ceasefire conditions</h3>"),
							containsString("<h3 id=\"topic-TERRITORY\">Territory</h3>"),
							containsString("id=\"clause-7\""), containsString("Clause 7"),
							containsString("Ukraine starts pulling its forces out of the four regions"),
							containsString("id=\"clause-1\""), containsString("Crimea and the Donetsk, Luhansk"))));
		}

		@Test
		void listsItsSourcesWithPublisherTitleAndDate() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/{slug}", RUSSIAN))
				.andExpect(content().string(allOf(containsString("id=\"source-1\""), containsString("id=\"source-2\""),
						containsString("The Moscow Times"), containsString("Russian state news agencies"),
						containsString("Published copy of the Russian memorandum"), containsString(", 2 June 2025"),
						containsString("href=\"#source-2\""))));
		}

		@Test
		void givesAnApproximateDeliveryAsSuchWithTheClauses() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/{slug}", UKRAINIAN))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ukraine–Russia Negotiations Framework"),
						containsString("about 2 June 2025"),
						containsString("<h3 id=\"topic-HUMANITARIAN\">Humanitarian</h3>"),
						containsString("the return of children"),
						not(containsString("None of the clauses of this memorandum has been reported")))));
		}

		@Test
		void runsAFixedNumberOfStatements() throws Exception {
			long statements = new SqlStatements()
				.countWhile(() -> MemorandumPagesTests.this.mvc.perform(get("/memoranda/{slug}", RUSSIAN))
					.andExpect(status().isOk()));

			assertThat(statements).isEqualTo(SHOW_STATEMENTS);
		}

	}

	@Nested
	class Compare {

		/**
		 * Both memoranda of 2 June, topic by topic: each addresses territory, and each
		 * leaves a topic the other addresses (Ukraine's the political one, Russia's the
		 * humanitarian one).
		 */
		@Test
		void showsBothMemorandaSideBySideTopicByTopicWithTheirGaps() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", UKRAINIAN))
				.andExpect(status().isOk())
				.andExpect(view().name("memorandum/compare"))
				.andExpect(content().string(allOf(containsString("Two memoranda, topic by topic"),
						containsString("<th scope=\"row\">Ceasefire conditions</th>"), containsString("four regions"),
						matchesRegex("(?s).*<th scope=\"row\">Territory</th>\\s*<td data-memorandum=\"Russian[^\"]*\">"
								+ "[^/]*<ol class=\"memorandum-clauses\">.*Crimea.*</td>\\s*"
								+ "<td data-memorandum=\"Ukraine–Russia[^\"]*\">\\s*<ol class=\"memorandum-clauses\">"
								+ ".*line of contact.*"),
						matchesRegex(
								"(?s).*<th scope=\"row\">Political</th>\\s*<td data-memorandum=\"Russian[^\"]*\">.*"
										+ "<td data-memorandum=\"Ukraine–Russia[^\"]*\" class=\"gap\">\\s*"
										+ "<p>Does not address this topic in any reported clause.</p>.*"),
						matchesRegex(
								"(?s).*<th scope=\"row\">Humanitarian</th>\\s*<td data-memorandum=\"Russian[^\"]*\" "
										+ "class=\"gap\">\\s*<p>Does not address this topic in any reported clause.</p>.*"),
						containsString("href=\"/memoranda/" + RUSSIAN + "\""),
						containsString("href=\"/memoranda/" + UKRAINIAN + "\""), containsString("id=\"source-1\""))));
		}

		@Test
		void theGapFollowsTheMemorandumWhicheverSideItIsOn() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", UKRAINIAN).param("b", RUSSIAN))
				.andExpect(status().isOk())
				.andExpect(content().string(matchesRegex(
						"(?s).*<th scope=\"row\">Political</th>\\s*<td data-memorandum=\"Ukraine–Russia[^\"]*\" class=\"gap\">.*official language.*")));
		}

		@Test
		void offersTheFormAgainWithTheComparedMemorandaChosen() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", UKRAINIAN).param("b", RUSSIAN))
				.andExpect(content().string(allOf(containsString("Compare other memoranda"),
						matchesRegex("(?s).*name=\"a\">\\s*<option value=\"" + RUSSIAN + "\">.*<option value=\""
								+ UKRAINIAN + "\" selected=\"selected\">.*name=\"b\">\\s*<option value=\"" + RUSSIAN
								+ "\" selected=\"selected\">.*"))));
		}

		@Test
		void runsAFixedNumberOfStatements() throws Exception {
			long statements = new SqlStatements().countWhile(() -> MemorandumPagesTests.this.mvc
				.perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", UKRAINIAN))
				.andExpect(status().isOk()));

			assertThat(statements).isEqualTo(COMPARE_STATEMENTS);
		}

	}

	@Nested
	class BadInput {

		@Test
		void unknownMemorandumIsA404Page() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/no-such-memorandum"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Page not found"), not(containsString("Exception")))));
		}

		@Test
		void comparingWithAnUnknownMemorandumIsA404Page() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", "no-such"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Page not found")));
		}

		@Test
		void comparingWithoutBothMemorandaIsA400Page() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", RUSSIAN))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(allOf(containsString("Bad request"), not(containsString("Exception")))));
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare")).andExpect(status().isBadRequest());
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", "").param("b", RUSSIAN))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Bad request")));
		}

		@Test
		void aSlugLongerThanAnyIsA400Page() throws Exception {
			MemorandumPagesTests.this.mvc
				.perform(get("/memoranda/compare").param("a", "x".repeat(121)).param("b", RUSSIAN))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Bad request")));
		}

		@Test
		void comparingAMemorandumWithItselfIsA400PageThatSaysSo() throws Exception {
			MemorandumPagesTests.this.mvc.perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", RUSSIAN))
				.andExpect(status().isBadRequest())
				.andExpect(view().name("memorandum/compare-itself"))
				.andExpect(content().string(allOf(containsString("Choose two different memoranda"),
						containsString("name the same memorandum"), containsString("<select id=\"compare-a\""))));
		}

	}

	/** Generated data is rolled back after each test, so it never shows elsewhere. */
	@Nested
	@Transactional
	class GeneratedData {

		@Autowired
		DataFileImporter importer;

		@Autowired
		EntityManager entityManager;

		@Test
		void saysClearlyWhenNoClauseIsRecorded() throws Exception {
			this.importer.importFile("bare", GeneratedMemoranda.withClauses("bare", 0));
			this.entityManager.clear();

			mvc().perform(get("/memoranda/bare-memorandum"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Memorandum of 0 clauses"),
						containsString("None of the clauses of this memorandum has been reported"),
						not(containsString("<h3")))));
			mvc().perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", "bare-memorandum"))
				.andExpect(content().string(allOf(containsString("None of its clauses has been reported."),
						matchesRegex("(?s).*<td data-memorandum=\"Memorandum of 0 clauses\" class=\"gap\">\\s*"
								+ "<p>Does not address this topic in any reported clause.</p>.*"))));
		}

		@Test
		void memorandaOfUnpublishedRoundsAreNeverShown() throws Exception {
			this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));
			this.entityManager.clear();

			mvc().perform(get("/memoranda/draft-memorandum-1")).andExpect(status().isNotFound());
			mvc().perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", "draft-memorandum-1"))
				.andExpect(status().isNotFound());
			mvc().perform(get("/memoranda"))
				.andExpect(content()
					.string(allOf(not(containsString("draft-memorandum-1")), containsString("2 memoranda"))));
		}

		@Test
		void listStatementCountDoesNotGrowWithTheData() throws Exception {
			this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			long small = count("/memoranda", "small-memorandum-1");

			this.importer.importFile("large", GeneratedRounds.process("large", 60, true));
			long large = count("/memoranda", "large-memorandum-25");
			long largeSecondPage = count("/memoranda?page=2", "Page 2 of 2");

			assertThat(small).isEqualTo(LIST_STATEMENTS);
			assertThat(large).isEqualTo(LIST_STATEMENTS);
			assertThat(largeSecondPage).isEqualTo(LIST_STATEMENTS);
		}

		/**
		 * 60 memoranda delivered in 2030 and the reference data's 2 of 2025, 50 to a
		 * page, latest first.
		 */
		@Test
		void theSecondPageHoldsTheMemorandaDeliveredBeforeThoseOfTheFirst() throws Exception {
			this.importer.importFile("dated", GeneratedMemoranda.delivered("dated", 60));
			this.entityManager.clear();

			String first = page("/memoranda");
			String second = page("/memoranda?page=2");

			assertThat(first).contains("62 memoranda, latest delivered first", "Page 1 of 2", "rel=\"next\"")
				.doesNotContain("dated memorandum 10<", RUSSIAN);
			assertThat(first)
				.matches(inOrder(">dated memorandum 60<", ">dated memorandum 59<", ">dated memorandum 11<"));
			assertThat(second).contains("Page 2 of 2", "href=\"/memoranda?page=1\"")
				.doesNotContain("dated memorandum 11<");
			assertThat(second).matches(inOrder(">dated memorandum 10<", ">dated memorandum 9<", ">dated memorandum 1<",
					"href=\"/memoranda/" + RUSSIAN + "\""));
			// The compare form offers the memoranda of the page shown.
			assertThat(second).contains("<option value=\"dated-memorandum-10\" selected=\"selected\">")
				.doesNotContain("<option value=\"dated-memorandum-60\"");
		}

		@Test
		void theCompareFormOffersTheLatestMemorandaAndTheTwoCompared() throws Exception {
			this.importer.importFile("dated", GeneratedMemoranda.delivered("dated", 60));
			this.entityManager.clear();

			String comparison = page("/memoranda/compare?a=dated-memorandum-1&b=" + RUSSIAN);

			assertThat(comparison)
				.contains("<option value=\"dated-memorandum-1\" selected=\"selected\">",
						"<option value=\"" + RUSSIAN + "\" selected=\"selected\">",
						"<option value=\"dated-memorandum-60\">", "<option value=\"dated-memorandum-11\">")
				.doesNotContain("<option value=\"dated-memorandum-10\">");
		}

		@Test
		void showAndCompareStatementCountsDoNotGrowWithTheClauses() throws Exception {
			this.importer.importFile("small", GeneratedMemoranda.withClauses("small", 1));
			this.importer.importFile("large", GeneratedMemoranda.withClauses("large", 40));

			long small = count("/memoranda/small-memorandum", "Clause text 1");
			long large = count("/memoranda/large-memorandum", "Publisher 40");
			long smallComparison = count("/memoranda/compare?a=small-memorandum&b=" + RUSSIAN, "four regions");
			long largeComparison = count("/memoranda/compare?a=large-memorandum&b=small-memorandum", "Clause text 40");

			assertThat(small).isEqualTo(SHOW_STATEMENTS);
			assertThat(large).isEqualTo(SHOW_STATEMENTS);
			assertThat(smallComparison).isEqualTo(COMPARE_STATEMENTS);
			assertThat(largeComparison).isEqualTo(COMPARE_STATEMENTS);
		}

		@Test
		void everyTopicEitherSideAddressesHasARowInTopicOrder() throws Exception {
			this.importer.importFile("topics", GeneratedMemoranda.withClauses("topics", 10));
			this.entityManager.clear();

			mvc().perform(get("/memoranda/compare").param("a", RUSSIAN).param("b", "topics-memorandum"))
				.andExpect(content()
					.string(matchesRegex("(?s).*Ceasefire conditions</th>.*Territory</th>.*Humanitarian</th>"
							+ ".*Security guarantees</th>.*Sanctions</th>.*Political</th>.*Military</th>.*Economic</th>"
							+ ".*Procedural</th>.*Other</th>.*")));
		}

		private MockMvc mvc() {
			return MemorandumPagesTests.this.mvc;
		}

		private String page(String url) throws Exception {
			return mvc().perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		}

		/** The text holds these, each after the one before. */
		private static java.util.function.Predicate<String> inOrder(String... texts) {
			StringBuilder pattern = new StringBuilder("(?s).*");
			for (String text : texts) {
				pattern.append(java.util.regex.Pattern.quote(text)).append(".*");
			}
			return (text) -> text.matches(pattern.toString());
		}

		/**
		 * The statements a page runs from a cold persistence context: the test's
		 * transaction would otherwise hand it entities that an import or an earlier page
		 * already loaded.
		 */
		private long count(String url, String expected) throws Exception {
			this.entityManager.clear();
			return new SqlStatements()
				.countWhile(() -> mvc().perform(get(url)).andExpect(content().string(containsString(expected))));
		}

	}

}
