package org.talkstracker.exchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.talkstracker.SqlStatements;
import org.talkstracker.datafile.DataFileImporter;
import org.talkstracker.datafile.GeneratedRounds;

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
class ExchangesPageTests {

	/**
	 * The totals and the chart from the exchange tallies; then one page of agreements
	 * with their rounds, sides and stages, the totals the parties report, and the sources
	 * all of them cite.
	 */
	static final long STATEMENTS = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Test
	void listsEveryPublishedAgreementWithItsRoundSidesAndAgreedCounts() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(status().isOk())
			.andExpect(view().name("exchange/list"))
			.andExpect(content().string(allOf(containsString("<h1>Exchanges</h1>"),
					containsString("href=\"/rounds/istanbul-2025-05-16#exchange-prisoners-1000-for-1000\""),
					containsString("href=\"/rounds/istanbul-2025-06-02#exchange-bodies-6000-each\""),
					containsString(">Round 1, Istanbul</a>"), containsString("Bodies of the killed"),
					containsString(">6,000</td>"), containsString(">1,000</td>"),
					containsString(">at least 1,200</td>"), containsString(">all</td>"),
					containsString("seriously wounded"), containsString("no stage reported"))));
	}

	@Test
	void totalsGiveAgreedAgainstFulfilledByKindAndByReceivingSide() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(allOf(row("Bodies of the killed", "12,000", "7,103"),
					row("Prisoners", "2,000", "2,000"), row("Prisoners of war", "2,400 \\+ unreported counts", "0"),
					row("People returned to Russia", "2,200 \\+ unreported counts", "1,000"),
					row("Bodies returned to Russia", "6,000", "46"),
					row("Bodies returned to Ukraine", "6,000", "7,057"))));
	}

	/**
	 * The reference data's handovers, day by day: the 1,000 for 1,000 in three stages
	 * (390, 307, 303), the bodies from 11 June (1,212 to Ukraine, 27 to Russia) to 17
	 * July (1,000 and 19).
	 */
	@Test
	void chartsTheReferenceHandoversStageByStage() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(allOf(containsString("<svg class=\"plot\""),
					containsString("from 23 May 2025 to 17 July 2025"), chartRow("23 May 2025", "390", "0", "390", "0"),
					chartRow("24 May 2025", "697", "0", "697", "0"),
					chartRow("25 May 2025", "1,000", "0", "1,000", "0"),
					chartRow("11 June 2025", "1,000", "27", "1,000", "1,212"),
					chartRow("16 June 2025", "1,000", "27", "1,000", "6,057"),
					chartRow("17 July 2025", "1,000", "46", "1,000", "7,057"),
					not(containsString("No handover has been reported yet")))));
	}

	/**
	 * Of round 2's bodies, Ukraine reports it received 6,057 and Russia that it handed
	 * over 6,060 and received 78: each is flagged, as it differs from the other's report
	 * or from the stages' sum.
	 */
	@Test
	void flagsTheTotalsThePartiesReportWhereTheirFiguresDiffer() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(allOf(reported("Russia received, as Russia reports it", "78"),
					reported("Ukraine received, as Russia reports it", "6,060"),
					reported("Ukraine received, as Ukraine reports it", "6,057"))));
	}

	@Test
	void citesItsSources() throws Exception {
		this.mvc.perform(get("/exchanges"))
			.andExpect(content().string(allOf(containsString("href=\"#source-1\""), containsString("id=\"source-1\""),
					containsString("The Moscow Times"))));
	}

	@Test
	void runsAFixedNumberOfStatements() throws Exception {
		long statements = new SqlStatements()
			.countWhile(() -> this.mvc.perform(get("/exchanges")).andExpect(status().isOk()));

		assertThat(statements).isEqualTo(STATEMENTS);
	}

	@Test
	void takesNoParameterItCannotUse() throws Exception {
		// The page has no filter: parameters are ignored, never a 500.
		this.mvc.perform(get("/exchanges").param("kind", "nonsense")).andExpect(status().isOk());
	}

	/**
	 * Generated rounds agree 100 prisoners of war each way, handed over in two stages: 30
	 * and 30 on 1 February 2030, then 30 (or 25, as Ukraine reports it) and 30 on 2
	 * February. Rolled back after each test.
	 */
	@Nested
	@Transactional
	class GeneratedData {

		@Autowired
		JdbcClient jdbc;

		/**
		 * The chart draws the generated handovers alone, day by day: the reference data's
		 * stages are taken out (its agreements stay, with what they agreed).
		 */
		@BeforeEach
		void withoutTheReferenceHandovers() {
			this.jdbc.sql("delete from exchange_stage").update();
		}

		@Test
		void saysNoHandoverHasBeenReportedInsteadOfDrawingAnEmptyChart() throws Exception {
			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(containsString("No handover has been reported yet"),
						not(containsString("<svg class=\"plot\"")))));
		}

		@Test
		void chartsTheRunningTotalsOfEachSideCountingTheLowerOfDifferingReports() throws Exception {
			ExchangesPageTests.this.importer.importFile("gen", GeneratedRounds.process("gen", 1, true));

			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(containsString("<figure class=\"chart\">"),
						containsString("role=\"img\" aria-labelledby=\"chart-title chart-desc\""),
						containsString("<title id=\"chart-title\">"),
						containsString("from 1 February 2030 to 2 February 2030"),
						containsString("<polyline class=\"series group-PEOPLE\""),
						containsString("People returned to Russia"), containsString("People returned to Ukraine"),
						containsString(">Date of handover</text>"), containsString(">Received so far</text>"),
						chartRow("1 February 2030", "30", "30"), chartRow("2 February 2030", "55", "60"),
						not(containsString("No handover has been reported yet")))));
		}

		@Test
		void totalsAddTheFulfilledStagesToWhatWasAgreed() throws Exception {
			ExchangesPageTests.this.importer.importFile("gen", GeneratedRounds.process("gen", 1, true));

			// The reference data's all-for-all exchange of prisoners of war gave no
			// counts, so totals are floors.
			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(row("Prisoners of war", "2,600 \\+ unreported counts", "115"),
						row("People returned to Russia", "2,300 \\+ unreported counts", "55"),
						row("People returned to Ukraine", "2,300 \\+ unreported counts", "60"))));
		}

		@Test
		void flagsStagesWhoseReportsDiffer() throws Exception {
			ExchangesPageTests.this.importer.importFile("gen", GeneratedRounds.process("gen", 1, true));

			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(containsString("30 per Russia, 25 per Ukraine"),
						containsString("class=\"disputed\""), containsString("class=\"received\">55<"),
						containsString("href=\"/rounds/gen-round#exchange-exchange-1\""))));
		}

		@Test
		void largeDataChartsTheSameWayInTheSameStatementCount() throws Exception {
			SqlStatements statements = new SqlStatements();
			ExchangesPageTests.this.importer.importFile("small", GeneratedRounds.process("small", 1, true));
			long small = statements.countWhile(() -> ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(chartRow("2 February 2030", "55", "60"))));

			ExchangesPageTests.this.importer.importFile("large", GeneratedRounds.process("large", 30, true));
			long large = statements.countWhile(() -> ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(chartRow("2 February 2030", "1,705", "1,860"),
						containsString("href=\"/rounds/large-round#exchange-exchange-5\"")))));

			assertThat(small).isEqualTo(STATEMENTS);
			assertThat(large).isEqualTo(STATEMENTS);
		}

		@Test
		void bodiesChartApartFromPeopleAndAWithheldFigureIsFlaggedAndAddsNothing() throws Exception {
			ExchangesPageTests.this.importer.importFile("bodies",
					new ByteArrayInputStream(BODIES_ALL_FOR_ALL.getBytes(StandardCharsets.UTF_8)));

			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(containsString("<polyline class=\"series group-BODIES\""),
						containsString("Bodies returned to Russia"), containsString("Bodies returned to Ukraine"),
						containsString(">all</td>"), containsString("<time datetime=\"2030-03\">March 2030</time>"),
						containsString("withheld"), containsString("The two sides report different figures"),
						chartRow("March 2030", "0", "500"),
						row("Bodies returned to Ukraine", "6,000 \\+ unreported counts", "500"))));
		}

		/**
		 * The reference data's 4 agreements (2025), then the large round's 30 (2030), 10
		 * to a page: the second page holds the large round's 7th to 16th, and the totals
		 * of them all.
		 */
		@Test
		void theSecondPageHoldsTheAgreementsAfterTheFirstWithTheSameTotals() throws Exception {
			ExchangesPageTests.this.importer.importFile("large", GeneratedRounds.process("large", 30, true));

			String first = page("/exchanges");
			String second = page("/exchanges?page=2");

			assertThat(first)
				.contains("34 agreements, oldest round first", "Page 1 of 4",
						"href=\"/rounds/istanbul-2025-05-16#exchange-prisoners-1000-for-1000\"",
						"id=\"exchange-large-round-exchange-6\"")
				.doesNotContain("id=\"exchange-large-round-exchange-7\"");
			assertThat(second).contains("Page 2 of 4", "href=\"/exchanges?page=1\"", "href=\"/exchanges?page=3\"")
				.doesNotContain("id=\"exchange-large-round-exchange-6\"", "id=\"exchange-large-round-exchange-17\"",
						"istanbul-2025-05-16#exchange");
			assertThat(second).matches(inOrder("id=\"exchange-large-round-exchange-7\"",
					"id=\"exchange-large-round-exchange-8\"", "id=\"exchange-large-round-exchange-16\"")::matches);
			assertThat(totals(second)).isEqualTo(totals(first)).contains("3,450");
		}

		@Test
		void handoversSpanningMoreThanAYearAreChartedByMonth() throws Exception {
			ExchangesPageTests.this.importer.importFile("bodies",
					new ByteArrayInputStream(BODIES_OVER_TWO_YEARS.getBytes(StandardCharsets.UTF_8)));

			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(containsString("by month of handover"),
						chartRow("March 2030", "0", "500"), chartRow("June 2031", "40", "560"),
						not(containsString("15 June 2031</time>\n            </th>")))));
		}

		@Test
		void theChartDrawsTheSixSidesThatReceivedTheMostAndSaysSo() throws Exception {
			ExchangesPageTests.this.importer.importFile("many",
					new ByteArrayInputStream(EIGHT_SIDES.getBytes(StandardCharsets.UTF_8)));

			String page = page("/exchanges");
			String chart = page.substring(page.indexOf("<section id=\"chart\""),
					page.indexOf("<section id=\"agreements\""));

			assertThat(chart).contains(
					"The chart draws the 6 receiving sides and groups that received the most; the totals above list the 2 others too.")
				.contains("People returned to France", "People returned to Germany", "People returned to Russia")
				.doesNotContain("People returned to Turkey", "People returned to Ukraine");
			assertThat(totals(page)).contains("People returned to Turkey", "People returned to Ukraine");
		}

		@Test
		void draftRoundsExchangesAreNeverShown() throws Exception {
			ExchangesPageTests.this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			ExchangesPageTests.this.mvc.perform(get("/exchanges"))
				.andExpect(content().string(allOf(not(containsString("draft-round")),
						containsString("No handover has been reported yet"))));
		}

	}

	/**
	 * An all-for-all exchange of bodies, handed over in March 2030 (the day not
	 * reported): Russia withheld what it received, Ukraine received 500 by both sides'
	 * accounts.
	 */
	private static final String BODIES_ALL_FOR_ALL = """
			{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
			 "processes": [{"slug": "bodies", "name": "Bodies process", "parties": ["russia", "ukraine"],
			   "rounds": [{"slug": "bodies-round", "number": 1, "status": "held", "published": true,
			     "heldOn": "2030-02-20", "sources": ["moscow-times-2025-06-02"],
			     "exchanges": [{"slug": "all-bodies", "kind": "bodies", "allForAll": true,
			       "sideA": {"party": "russia"}, "sideB": {"party": "ukraine"},
			       "sources": ["moscow-times-2025-06-02"],
			       "stages": [{"sequence": 1, "occurred": {"date": "2030-03-01", "precision": "month"},
			         "sideAWithheld": true, "sideBReceived": {"perSideA": 500, "perSideB": 500},
			         "sources": ["moscow-times-2025-06-02"]}]}]}]}]}
			""";

	/**
	 * Three exchanges of civilians and one of bodies on one day, each between two of the
	 * reference data's parties: eight sides and groups received 1 to 8, people returned
	 * to Ukraine and Turkey the fewest.
	 */
	private static final String EIGHT_SIDES = """
			{"format": "talks-tracker/1", "sources": [], "parties": [], "people": [],
			 "processes": [{"slug": "many", "name": "Many sides", "parties": ["russia", "ukraine"],
			   "rounds": [{"slug": "many-round", "number": 1, "status": "held", "published": true,
			     "heldOn": "2030-02-20", "sources": ["moscow-times-2025-06-02"],
			     "exchanges": [%s, %s, %s, %s]}]}]}
			""".formatted(exchange("a", "civilians", "ukraine", 1, "russia", 8),
			exchange("b", "civilians", "turkey", 2, "germany", 7),
			exchange("c", "civilians", "united-states", 3, "france", 6),
			exchange("d", "bodies", "united-kingdom", 4, "russia", 5));

	private static String exchange(String slug, String kind, String sideA, int receivedByA, String sideB,
			int receivedByB) {
		return """
				{"slug": "%s", "kind": "%s", "sideA": {"party": "%s"}, "sideB": {"party": "%s"},
				 "sources": ["moscow-times-2025-06-02"],
				 "stages": [{"sequence": 1, "occurred": {"date": "2030-03-01", "precision": "day"},
				   "sideAReceived": {"perSideA": %d}, "sideBReceived": {"perSideA": %d},
				   "sources": ["moscow-times-2025-06-02"]}]}""".formatted(slug, kind, sideA, sideB, receivedByA,
				receivedByB);
	}

	/**
	 * The same agreement with a second stage 15 months after the first: 40 and 60 bodies.
	 */
	private static final String BODIES_OVER_TWO_YEARS = BODIES_ALL_FOR_ALL.replace("""
			"sources": ["moscow-times-2025-06-02"]}]}]}]}]}""", """
			"sources": ["moscow-times-2025-06-02"]},
			         {"sequence": 2, "occurred": {"date": "2031-06-15", "precision": "day"},
			          "sideAReceived": {"perSideA": 40}, "sideBReceived": {"perSideB": 60},
			          "sources": ["moscow-times-2025-06-02"]}]}]}]}]}""");

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The totals section of the page. */
	private static String totals(String page) {
		return page.substring(page.indexOf("<section id=\"totals\""), page.indexOf("<section id=\"chart\""));
	}

	/** The page holds these texts, each after the one before. */
	private static Matcher<String> inOrder(String... texts) {
		StringBuilder pattern = new StringBuilder("(?s).*");
		for (String text : texts) {
			pattern.append(Pattern.quote(text)).append(".*");
		}
		return matchesPattern(Pattern.compile(pattern.toString()));
	}

	/**
	 * A totals row: its heading (a pattern), then the agreed and fulfilled cells
	 * (patterns).
	 */
	private static Matcher<String> row(String heading, String agreed, String fulfilled) {
		return matchesPattern(Pattern.compile("(?s).*<th scope=\"row\">" + heading + "</t[hd]>\\s*<td class=\"num\">"
				+ agreed + "</td>\\s*<td class=\"num\">" + fulfilled + "</td>.*"));
	}

	/**
	 * A row of the chart's table: the date, then the running totals of its lines in order
	 * (Russia's, then Ukraine's, where people or bodies alone were returned).
	 */
	private static Matcher<String> chartRow(String date, String... totals) {
		StringBuilder pattern = new StringBuilder("(?s).*" + Pattern.quote(date) + "</time>\\s*</th>");
		for (String total : totals) {
			pattern.append("\\s*<td class=\"num\">").append(total).append("</td>");
		}
		return matchesPattern(Pattern.compile(pattern.append(".*").toString()));
	}

	/** A total a party reports, flagged as differing. */
	private static Matcher<String> reported(String label, String total) {
		return matchesPattern(Pattern
			.compile("(?s).*<tr class=\"disputed\">\\s*<th scope=\"row\">" + Pattern.quote(label)
					+ "</th>\\s*<td class=\"num\">\\s*" + total + "\\s*<span class=\"flag\">figures differ</span>.*"));
	}

}
