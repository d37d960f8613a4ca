package org.talkstracker.search;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.talkstracker.datafile.MultilingualRound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataFileImporter importer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findsAClauseOfAMemorandumWithTheMatchHighlighted() throws Exception {
		this.mvc.perform(get("/search").param("q", "forces regions"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Clause of a memorandum"),
					containsString("href=\"/rounds/istanbul-2025-06-02#memorandum-russian-memorandum-2025-06\""),
					containsString("<mark>regions</mark>"))));
	}

	@Test
	void findsStatementsByAnotherSpellingOfTheSpeakersName() throws Exception {
		this.mvc.perform(get("/search").param("q", "Umierov"))
			.andExpect(content()
				.string(allOf(containsString("Statement"), containsString("#statement-umerov-children-list"))));
	}

	@Test
	void statementsWithoutARoundLinkToTheSpeaker() throws Exception {
		this.mvc.perform(get("/search").param("q", "Putin"))
			.andExpect(content().string(containsString("href=\"/people/vladimir-putin\"")));
	}

	@Test
	void saysClearlyWhenNothingMatches() throws Exception {
		this.mvc.perform(get("/search").param("q", "zeppelin"))
			.andExpect(content().string(containsString("Nothing published matches “zeppelin”")));
	}

	@Test
	void withoutWordsShowsOnlyTheForm() throws Exception {
		this.mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Names match their other spellings"), not(containsString("results for")))));
	}

	@Test
	@Transactional
	void runsAFixedNumberOfStatementsWhateverTheData() throws Exception {
		SqlStatements statements = new SqlStatements();
		long small = statements.countWhile(() -> this.mvc.perform(get("/search").param("q", "statement")));
		this.importer.importFile("many", GeneratedRounds.process("many", 30, true));
		long large = statements.countWhile(() -> this.mvc.perform(get("/search").param("q", "statement"))
			.andExpect(content().string(containsString("results for"))));

		// The people the words name, the words as a text-search query, and the page of
		// hits with their count.
		assertThat(small).isEqualTo(3);
		assertThat(large).isEqualTo(small);
	}

	@Test
	@Transactional
	void draftsNeverAppearInSearch() throws Exception {
		this.importer.importFile("draft", GeneratedRounds.process("draft", 3, false));

		this.mvc.perform(get("/search").param("q", "proposal statement memorandum"))
			.andExpect(content().string(allOf(not(containsString("draft-round")), not(containsString("Proposal 1")),
					not(containsString("Statement 1")))));
	}

	/**
	 * 600 statements say "zebra", one a day from 2 January 2030, and one older statement
	 * says it three times: only the 500 most recent statements are ranked, and the page
	 * says more match.
	 */
	@Test
	@Transactional
	void wordsMatchingMoreThanAreRankedRankTheMostRecentMatchesAndSaySo() throws Exception {
		this.jdbc.sql("""
				insert into statement (process_id, slug, party_id, said_on, said_on_precision, text)
				select p.id, 'zebra-' || i, (select id from party where slug = 'ukraine'), date '2030-01-01' + i, 'DAY',
				       'Zebra number ' || i
				from process p, generate_series(1, 600) i where p.slug = 'russia-ukraine-direct-talks-2025'
				union all
				select p.id, 'zebra-old', (select id from party where slug = 'ukraine'), date '2020-01-01', 'DAY',
				       'Zebra zebra zebra, said long ago'
				from process p where p.slug = 'russia-ukraine-direct-talks-2025'""").update();

		String first = page("/search?q=zebra");
		String last = page("/search?q=zebra&page=25");
		String pastTheLast = page("/search?q=zebra&page=26");

		assertThat(first).contains(
				"More match “zebra” than are ranked: these 500 are the most recent matches (500 of each kind at most)",
				"Page 1 of 25", said(600), said(581))
			.doesNotContain(said(580));
		assertThat(last).contains(said(120), said(101)).doesNotContain(said(100), "2020-01-01");
		assertThat(pastTheLast).contains("Page 26 of 25", "rel=\"prev\"").doesNotContain(said(101));
	}

	/**
	 * Seven people are called Zorin: the word is searched as written, not widened to
	 * their first names, while their pages, rounds and statements still match.
	 */
	@Test
	@Transactional
	void aNameMoreThanFivePeopleShareIsSearchedAsWrittenAndTheirStatementsMatch() throws Exception {
		this.jdbc
			.sql("""
					insert into person (slug, name) select 'zorin-' || i, (array['Anna', 'Boris', 'Chen', 'Dara', 'Emil', 'Fay'])[i] || ' Zorin'
					from generate_series(1, 6) i""")
			.update();
		this.jdbc.sql("""
				insert into statement (process_id, slug, speaker_id, party_id, text)
				select (select id from process where slug = 'russia-ukraine-direct-talks-2025'), 'by-' || p.slug, p.id,
				       (select id from party where slug = 'ukraine'), 'Words of ' || p.slug
				from person p where p.slug like 'zorin-%'
				union all
				select (select id from process where slug = 'russia-ukraine-direct-talks-2025'), 'anna-spoke', null,
				       (select id from party where slug = 'ukraine'), 'Anna spoke for Ukraine'""").update();

		String page = page("/search?q=Zorin");

		// The seven people's pages (Alexander Zorin is in the reference data), the round
		// he
		// attended, and the six statements.
		assertThat(page).contains("14 results", "href=\"/people/zorin-1\"", "href=\"/people/zorin-6\"",
				"href=\"/people/alexander-zorin\"", "href=\"/rounds/istanbul-2025-05-16\"", "Anna Zorin", "Fay Zorin")
			.doesNotContain("Anna spoke");
	}

	/**
	 * Names may begin with a quote and hold apostrophes, hyphens and dots: searching one
	 * of their words finds the person's statements.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			"Valerii" Zaluzhnyi | zaluzhnyi
			'Valerii' Zaluzhnyi | Valerii
			Patrick O'Brien     | O'Brien
			Мар'яна Зорина      | Мар'яна
			Jean-Pierre Dupont  | Jean-Pierre
			J. R. R. Tolkien    | Tolkien
			.Dot Leading        | leading""")
	@Transactional
	void aNameWithPunctuationIsFoundByItsWords(String name, String searched) throws Exception {
		this.jdbc.sql("insert into person (slug, name) values ('punctuated', :name)").param("name", name).update();
		this.jdbc
			.sql("""
					insert into statement (process_id, slug, speaker_id, party_id, text)
					select (select id from process where slug = 'russia-ukraine-direct-talks-2025'), 'punctuated-speaks', p.id,
					       (select id from party where slug = 'ukraine'), 'Nothing further to add'
					from person p where p.slug = 'punctuated'""")
			.update();

		this.mvc.perform(get("/search").param("q", searched))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/people/punctuated\"")));
	}

	@Nested
	class AcrossScriptsAndSpellings {

		@ParameterizedTest
		@ValueSource(strings = { "Umerov", "Umierov", "Umyerov", "Умеров", "Умєров", "rustem UMEROV" })
		void aNameInAnySpellingFindsThePersonFirstAndTheRoundsTheyAttended(String spelled) throws Exception {
			String page = page("/search?q=" + spelled);

			assertThat(firstHit(page)).isEqualTo("/people/rustem-umerov");
			assertThat(page).contains("href=\"/rounds/istanbul-2025-06-02\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Kyslytsya", "Kyslytsia", "Кислиця", "Кислица" })
		void aUkrainianNameIsFoundInEitherRomanisationAndInCyrillic(String spelled) throws Exception {
			String page = page("/search?q=" + spelled);

			assertThat(firstHit(page)).isEqualTo("/people/serhiy-kyslytsya");
			assertThat(page).contains("civilians and children were not part of the exchanges");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Çırağan", "Ciragan", "Cıragan", "Чираган", "çırağan palace" })
		@Transactional
		void aPlaceInAnySpellingFindsTheRoundsHeldThere(String spelled) throws Exception {
			SearchPageTests.this.importer.importFile("multilingual", MultilingualRound.file());

			assertThat(page("/search?q=" + spelled)).contains("href=\"/rounds/" + MultilingualRound.SLUG + "\"");
			assertThat(page("/rounds?q=" + spelled)).contains("href=\"/rounds/" + MultilingualRound.SLUG + "\"");
		}

		/**
		 * Russian words are found in their other forms; Ukrainian ones as written. The
		 * reference data's memoranda titles in Ukrainian and Russian hold such words too,
		 * so the statement is the one result more.
		 */
		@ParameterizedTest
		@CsvSource({ "Стороны продолжат переговоры в Стамбуле, переговорах",
				"Сторони продовжать переговори, переговори", "Déclaration à Genève, declaration geneve" })
		@Transactional
		void textInRussianUkrainianAndWithAccentsIsSearchedAsWritten(String text, String searched) throws Exception {
			int before = results(page("/search?q=" + searched));
			SearchPageTests.this.jdbc.sql("""
					insert into statement (process_id, slug, party_id, text)
					select id, 'in-another-language', (select id from party where slug = 'ukraine'), :text
					from process where slug = 'russia-ukraine-direct-talks-2025'""").param("text", text).update();

			assertThat(results(page("/search?q=" + searched))).isEqualTo(before + 1);
		}

		private static int results(String page) {
			Matcher count = Pattern.compile("(\\d+) results? for").matcher(page);
			return count.find() ? Integer.parseInt(count.group(1)) : 0;
		}

		private static String firstHit(String page) {
			Matcher link = Pattern.compile("<ol class=\"hits\">.*?href=\"([^\"]+)\"", Pattern.DOTALL).matcher(page);
			assertThat(link.find()).as("a list of hits").isTrue();
			return link.group(1);
		}

	}

	/** The date of the i-th zebra statement, as a hit gives it. */
	private static String said(int i) {
		return "<time datetime=\"" + LocalDate.of(2030, 1, 1).plusDays(i) + "\">";
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=0", "page=x" })
	void aBadPageIsABadRequestPage(String parameter) throws Exception {
		String[] pair = parameter.split("=");
		this.mvc.perform(get("/search").param("q", "talks").param(pair[0], pair[1])).andExpect(status().isBadRequest());
	}

}
