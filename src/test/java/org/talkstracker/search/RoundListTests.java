package org.talkstracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

@SpringBootTest
@AutoConfigureMockMvc
class RoundListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsPublishedRoundsNewestFirst() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					matchesPattern(Pattern.compile(".*istanbul-2025-06-02.*istanbul-2025-05-16.*", Pattern.DOTALL))));
	}

	@Nested
	@Transactional
	class WithGeneratedRounds {

		@Test
		void draftsNeverAppearInTheList() throws Exception {
			RoundListTests.this.importer.importFile("draft", GeneratedRounds.process("draft", 1, false));

			RoundListTests.this.mvc.perform(get("/rounds"))
				.andExpect(content()
					.string(allOf(containsString("istanbul-2025-06-02"), not(containsString("draft-round")))));
		}

		@Test
		void partiesOfferedAreThoseAtPublishedRoundsAsDelegationOrThirdParty() throws Exception {
			RoundListTests.this.importer.importFile("draft", GeneratedRounds.process("draft", 0, false));
			RoundListTests.this.jdbc.sql("""
					insert into party (slug, name, kind) values ('holy-see', 'Holy See', 'STATE'),
					       ('atlantis', 'Atlantis', 'STATE'), ('lemuria', 'Lemuria', 'STATE')""").update();
			RoundListTests.this.jdbc
				.sql("""
						insert into third_party (round_id, party_id, role)
						select r.id, x.id, 'OBSERVER' from round r, party x
						where (r.slug = 'istanbul-2025-06-02' and x.slug = 'holy-see') or (r.slug = 'draft-round' and x.slug = 'lemuria')""")
				.update();
			RoundListTests.this.jdbc.sql("""
					insert into delegation (round_id, party_id)
					select r.id, x.id from round r, party x where r.slug = 'draft-round' and x.slug = 'atlantis'""")
				.update();

			RoundListTests.this.mvc.perform(get("/rounds"))
				.andExpect(content().string(allOf(containsString("<option value=\"russia\">"),
						containsString("<option value=\"holy-see\">"), not(containsString("value=\"atlantis\"")),
						not(containsString("value=\"lemuria\"")))));
		}

		@Test
		void pagesHoldTwentyRoundsAndLinkTheNextPage() throws Exception {
			for (int i = 0; i < 25; i++) {
				RoundListTests.this.importer.importFile("p" + i, GeneratedRounds.process("p" + i, 0, true));
			}

			RoundListTests.this.mvc.perform(get("/rounds"))
				.andExpect(content()
					.string(allOf(containsString("Page 1 of 2"), containsString("href=\"/rounds?page=2\""))));
			RoundListTests.this.mvc.perform(get("/rounds").param("page", "2"))
				.andExpect(
						content().string(allOf(containsString("Page 2 of 2"), containsString("istanbul-2025-05-16"))));
		}

		@Test
		void listRunsAFixedNumberOfStatementsWhateverTheData() throws Exception {
			for (int i = 0; i < 30; i++) {
				RoundListTests.this.importer.importFile("q" + i, GeneratedRounds.process("q" + i, 0, true));
			}
			long statements = new SqlStatements()
				.countWhile(() -> RoundListTests.this.mvc.perform(get("/rounds")).andExpect(status().isOk()));

			// The filter choices, the page of rounds, and their count.
			assertThat(statements).isEqualTo(3);
		}

	}

	@Nested
	class Filters {

		@Test
		void byStatusYearProcessPartyAndPlace() throws Exception {
			RoundListTests.this.mvc
				.perform(get("/rounds").param("status", "HELD")
					.param("year", "2025")
					.param("process", "russia-ukraine-direct-talks-2025")
					.param("party", "united-states")
					.param("venue", "Istanbul"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("1 round,"), containsString("istanbul-2025-06-02"),
						not(containsString("href=\"/rounds/istanbul-2025-05-16\"")))));
		}

		@Test
		void aYearWithoutRoundsSaysNothingMatches() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("year", "2024"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("No round matches these filters")));
		}

		@Test
		void filtersStayInThePagerLinksAndTheForm() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("party", "russia").param("q", "prisoners"))
				.andExpect(content().string(allOf(containsString("value=\"prisoners\""),
						containsString("<option value=\"russia\" selected=\"selected\">Russia</option>"))));
		}

		@ParameterizedTest
		@ValueSource(strings = { "status=ADJOURNED", "process=no-such-process", "party=atlantis", "year=12",
				"sort=SIDEWAYS" })
		void anUnknownFilterValueIsABadRequestPage(String filter) throws Exception {
			String[] pair = filter.split("=");
			RoundListTests.this.mvc.perform(get("/rounds").param(pair[0], pair[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Bad request")));
		}

	}

	@Nested
	class FullTextSearch {

		@Test
		void findsRoundsByWhatWasSaidOrProposedThere() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("q", "ceasefire bodies"))
				.andExpect(content()
					.string(allOf(containsString("istanbul-2025-06-02"), containsString("best matches first"))));
		}

		@Test
		void aNameMatchesItsOtherSpellings() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("q", "Umierov"))
				.andExpect(content().string(containsString("href=\"/rounds/istanbul-2025-06-02\"")));
			RoundListTests.this.mvc.perform(get("/rounds").param("q", "Умєров"))
				.andExpect(content().string(containsString("href=\"/rounds/istanbul-2025-06-02\"")));
		}

		@Test
		void wordsThatMatchNothingSayNothingMatches() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("q", "zeppelin"))
				.andExpect(content().string(containsString("No round matches these filters")));
		}

		/**
		 * 25 generated rounds held in Genève (the reference data's are in Istanbul), 20
		 * to a page.
		 */
		@Test
		@Transactional
		void matchesAreCountedAndPagedInTheSameStatementsWhateverTheData() throws Exception {
			for (int i = 0; i < 25; i++) {
				RoundListTests.this.importer.importFile("g" + i, GeneratedRounds.process("g" + i, 1, true));
			}
			SqlStatements statements = new SqlStatements();
			StringBuilder first = new StringBuilder();
			StringBuilder second = new StringBuilder();

			long firstCount = statements
				.countWhile(() -> first.append(RoundListTests.this.mvc.perform(get("/rounds").param("q", "Genève"))
					.andReturn()
					.getResponse()
					.getContentAsString()));
			long secondCount = statements.countWhile(() -> second
				.append(RoundListTests.this.mvc.perform(get("/rounds").param("q", "Genève").param("page", "2"))
					.andReturn()
					.getResponse()
					.getContentAsString()));

			// The people the words name, the filter choices, and the page of rounds with
			// their count.
			assertThat(firstCount).isEqualTo(3);
			assertThat(secondCount).isEqualTo(3);
			assertThat(first).contains("25 rounds", "Page 1 of 2").doesNotContain("istanbul-2025");
			assertThat(second).contains("25 rounds", "Page 2 of 2");
			List<String> onFirst = roundLinks(first.toString());
			List<String> onSecond = roundLinks(second.toString());
			assertThat(onFirst).hasSize(20).doesNotContainAnyElementsOf(onSecond);
			assertThat(onSecond).hasSize(5);
		}

		/**
		 * A person named with a leading quote speaks at the second round: the list, its
		 * exports and the API find it by the name.
		 */
		@Test
		@Transactional
		void aNameStartingWithAQuoteFindsTheRoundsItIsSpokenAt() throws Exception {
			RoundListTests.this.jdbc
				.sql("insert into person (slug, name) values ('zaluzhnyi', '\"Valerii\" Zaluzhnyi')")
				.update();
			RoundListTests.this.jdbc.sql("""
					insert into statement (process_id, slug, round_id, speaker_id, party_id, text)
					select r.process_id, 'zaluzhnyi-speaks', r.id, (select id from person where slug = 'zaluzhnyi'),
					       (select id from party where slug = 'ukraine'), 'Nothing further to add'
					from round r where r.slug = 'istanbul-2025-06-02'""").update();

			for (String url : List.of("/rounds?q=zaluzhnyi", "/data/rounds.csv?q=zaluzhnyi",
					"/api/v1/rounds?q=zaluzhnyi")) {
				RoundListTests.this.mvc.perform(get(url))
					.andExpect(status().isOk())
					.andExpect(content().string(
							allOf(containsString("istanbul-2025-06-02"), not(containsString("istanbul-2025-05-16")))));
			}
		}

		@Test
		void punctuationAndQueryOperatorsAreOnlyWords() throws Exception {
			RoundListTests.this.mvc.perform(get("/rounds").param("q", "'); drop table round; -- & | ! :*"))
				.andExpect(status().isOk());
		}

	}

	/** The rounds a page of the list links to, in its order. */
	private static List<String> roundLinks(String page) {
		Matcher link = Pattern.compile("href=\"/rounds/([a-z0-9-]+)\"").matcher(page);
		List<String> rounds = new ArrayList<>();
		while (link.find()) {
			rounds.add(link.group(1));
		}
		return rounds;
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "1.5" })
	void aPageThatIsNotAPositiveNumberIsABadRequestPage(String page) throws Exception {
		this.mvc.perform(get("/rounds").param("page", page))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Bad request"), not(containsString("Exception")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "q", "venue", "process", "party" })
	void aFilterLongerThanItsLimitIsABadRequestPage(String filter) throws Exception {
		this.mvc.perform(get("/rounds").param(filter, "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Bad request"), not(containsString("Exception")))));
	}

}
